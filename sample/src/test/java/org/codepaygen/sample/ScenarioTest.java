package org.codepaygen.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample's scenario against the in-process sandbox: every step ends exactly as the README says. */
class ScenarioTest {
  private static List<StepResult> results;

  @BeforeAll
  static void runScenario() throws Exception {
    results = CloudPayDemo.againstSandbox(SampleSettings.from(new String[0], Map.of()));
  }

  private static StepResult step(String name) {
    return results.stream().filter(r -> r.step().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void everyStepEndsAsExpected() {
    assertThat(results).hasSize(21).allSatisfy(r -> assertThat(r.expected()).as(r.step()).isTrue());
  }

  @Test
  void everyAnswerHasItsOwnTwentyDigitPsn() {
    List<String> psns = results.stream().map(StepResult::psn).filter(p -> p != null).toList();

    assertThat(psns).hasSize(17).doesNotHaveDuplicates().allMatch(p -> p.matches("\\d{20}"));
  }

  @Test
  void saleSucceedsAfterPolling() {
    assertThat(step("Push a sale of USD 34.50").outcome()).startsWith("pushed to terminal WPYC002251000042");
    assertThat(step("Wait for the customer to pay").outcome()).isEqualTo("status SUCCESS");
  }

  @Test
  void saleAndRefundNotificationsAreVerifiedAndMatchTheirOrders() {
    assertThat(step("Receive the sale's notification").outcome())
        .isEqualTo("verified, status SUCCESS, USD 34.50 matches the order");
    assertThat(step("Receive the refund's notification").outcome())
        .isEqualTo("verified, status SUCCESS, USD 10.00 matches the order");
  }

  @Test
  void redeliveredNotificationIsRecognisedAsADuplicate() {
    assertThat(step("Recognise a redelivered notification").outcome())
        .isEqualTo("the sale's notification came again: acknowledged, not processed twice");
  }

  @Test
  void partialRefundCompletes() {
    assertThat(step("Refund USD 10.00 of the sale").outcome()).contains("of 10.00, status SUCCESS");
  }

  @Test
  void declinedPaymentEndsFailedWithReason() {
    assertThat(step("Push a payment the card issuer declines").outcome()).startsWith("status FAILED, CARD_DECLINED");
  }

  @Test
  void duplicateOrderNumberIsRefusedByGateway() {
    assertThat(step("Push the sale's order number again").outcome()).startsWith("refused: E09001");
  }

  @Test
  void emojiIsStoppedBeforeAnythingIsSent() {
    StepResult emoji = step("Describe an order with an emoji");

    assertThat(emoji.outcome()).contains("CreateOrder.description breaks rule BMP_ONLY", "U+1F950", "index 29");
    assertThat(emoji.psn()).isNull();
  }

  @Test
  void errorMessageComesInJapanese() {
    String outcome = step("Ask for an unknown order, in Japanese").outcome();

    assertThat(outcome).startsWith("refused: E09002 ");
    assertThat(outcome.substring("refused: E09002 ".length()))
        .matches(".*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*");
  }

  @Test
  void uploadReturnsFileKeyAndBatchCloses() {
    assertThat(step("Upload a receipt logo").outcome()).matches("file_key \\S+");
    assertThat(step("Close the terminal's batch").outcome()).startsWith("settled [");
  }

  @Test
  void theHostedCheckoutIsPaidThroughItsPayUrl() {
    assertThat(step("Open a hosted checkout of USD 59.00").outcome())
        .matches("pay_url https://localhost:\\d+/pay/\\w+");
    assertThat(step("The customer pays on the checkout page").outcome())
        .isEqualTo("back at https://shop.example/thanks, status SUCCESS");
  }

  @Test
  void theQrCodeIsScannedAndPaid() {
    assertThat(step("Show a QR code for USD 8.00").outcome()).startsWith("qrcode_url https://localhost:");
    assertThat(step("The customer scans it and pays").outcome()).isEqualTo("status SUCCESS");
  }

  @Test
  void theCardPassesThreeDSecure() {
    assertThat(step("Charge a card that asks for 3-D Secure").outcome())
        .startsWith("status PUSHED, challenge at https://localhost:");
    assertThat(step("The customer passes 3-D Secure").outcome())
        .isEqualTo("back at https://shop.example/thanks, status SUCCESS");
  }

  @Test
  void thePreAuthIsCompletedForLess() {
    assertThat(step("Pre-authorise USD 80.00 for a room").outcome()).isEqualTo("status SUCCESS");
    assertThat(step("Complete the pre-auth for USD 62.40").outcome())
        .isEqualTo("status SUCCESS, USD 62.40 taken of 80.00");
  }
}
