package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.codepaygen.sandbox.SandboxClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code pay.merchant.checkout}: the encrypted card, the test cards, 3-D Secure and every refusal. */
class MerchantCheckoutTest {
  private static final MutableClock CLOCK = new MutableClock(Instant.now());
  private static final AtomicInteger ORDERS = new AtomicInteger();
  private static final String RETURN_URL = "https://shop.example/paid";
  private static CodePaySandbox sandbox;
  private static SandboxClient client;

  @BeforeAll
  static void start() {
    sandbox = CodePaySandbox.builder().merchantPublicKey(TestKeys.merchantPublicKey())
        .gatewayPrivateKey(TestCards.gatewayPrivateKey()).appAesKey(TestCards.AES_KEY).clock(CLOCK)
        .notificationDelay(Duration.ofSeconds(30)).start();
    client = new SandboxClient(sandbox, CLOCK);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static String newOrderNo() {
    return "M" + ORDERS.incrementAndGet() + "_" + System.nanoTime();
  }

  static Map<String, Object> checkout(String orderNo, String amount, String encType, String card) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("merchant_order_no", orderNo);
    fields.put("price_currency", "USD");
    fields.put("order_amount", new BigDecimal(amount));
    fields.put("description", "Teapot");
    fields.put("expires", 600);
    fields.put("return_url", RETURN_URL);
    fields.put("enc_type", encType);
    fields.put("card", card);
    return fields;
  }

  private static Answer pay(String orderNo, String amount, String pan) {
    return client.call("pay.merchant.checkout",
        checkout(orderNo, amount, "RSA", TestCards.rsa(TestCards.json(pan))));
  }

  private static JsonNode query(String orderNo) {
    Answer answer = client.call("order.query", Map.of("merchant_order_no", orderNo));
    assertThat(answer.ok()).as(answer.raw()).isTrue();
    return answer.data();
  }

  @Test
  void theSucceedingCardPaysAtOnce() {
    String orderNo = newOrderNo();

    Answer answer = pay(orderNo, "34.50", TestCards.SUCCEEDS);

    assertThat(answer.ok()).as(answer.raw()).isTrue();
    assertThat(answer.data().get("trans_status").intValue()).isEqualTo(2);
    assertThat(answer.data().get("pay_method_id").textValue()).isEqualTo("VISA");
    assertThat(answer.data().get("trans_end_time").textValue()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    assertThat(answer.data().has("redirect_url_3dsecure")).isFalse();
    JsonNode payment = query(orderNo);
    assertThat(payment.get("trans_status").intValue()).isEqualTo(2);
    assertThat(payment.get("trans_no").textValue()).isEqualTo(answer.data().get("trans_no").textValue());
  }

  @Test
  void theDeclinedCardIsDeclined() {
    String orderNo = newOrderNo();

    Answer answer = pay(orderNo, "34.50", TestCards.DECLINED);

    assertThat(answer.ok()).as("the exchange worked; the payment did not").isTrue();
    assertThat(answer.data().get("trans_status").intValue()).isEqualTo(1);
    assertThat(answer.data().get("trans_error_code").textValue()).isEqualTo("CARD_DECLINED");
    assertThat(query(orderNo).get("trans_status").intValue()).isEqualTo(1);
  }

  @Test
  void theChallengeCardPaysOnceTheCustomerPassesThreeDSecure() {
    String orderNo = newOrderNo();

    Answer answer = pay(orderNo, "34.50", TestCards.CHALLENGE);

    assertThat(answer.data().get("trans_status").intValue()).isEqualTo(9);
    String challenge = answer.data().get("redirect_url_3dsecure").textValue();
    assertThat(challenge).startsWith(sandbox.baseUrl() + "pay/");
    assertThat(client.open(challenge).body()).contains("3-D Secure", "value=\"pay\"", "value=\"decline\"");
    HttpResponse<String> passed = client.choose(challenge, "pay");
    assertThat(passed.statusCode()).isEqualTo(303);
    assertThat(passed.headers().firstValue("Location")).hasValue(RETURN_URL);
    assertThat(query(orderNo).get("trans_status").intValue()).isEqualTo(2);
  }

  @Test
  void aFailedChallengeFailsThePayment() {
    String orderNo = newOrderNo();
    String challenge = pay(orderNo, "34.50", TestCards.CHALLENGE).data().get("redirect_url_3dsecure").textValue();

    client.choose(challenge, "decline");

    assertThat(query(orderNo).get("trans_error_code").textValue()).isEqualTo("AUTHENTICATION_FAILED");
  }

  @Test
  void theMagicAmountsApplyToTheSucceedingCard() {
    assertThat(pay(newOrderNo(), "34.91", TestCards.SUCCEEDS).data().get("trans_error_code").textValue())
        .isEqualTo("CARD_DECLINED");
    assertThat(pay(newOrderNo(), "34.92", TestCards.SUCCEEDS).data().get("trans_error_code").textValue())
        .isEqualTo("TERMINAL_FAILURE");
    String pending = newOrderNo();
    assertThat(pay(pending, "34.93", TestCards.SUCCEEDS).data().get("trans_status").intValue()).isEqualTo(9);
    CLOCK.advance(Duration.ofHours(1));
    assertThat(query(pending).get("trans_status").intValue()).isEqualTo(9);
  }

  @Test
  void isRefundedLikeACloudPayment() {
    String orderNo = newOrderNo();
    pay(orderNo, "34.50", TestCards.SUCCEEDS);

    Answer refund = client.call("order.refund.submit", Map.of("orig_merchant_order_no", orderNo,
        "merchant_order_no", newOrderNo(), "price_currency", "USD", "order_amount", new BigDecimal("34.50"),
        "trans_amount", new BigDecimal("34.50")));

    assertThat(refund.ok()).as(refund.raw()).isTrue();
  }

  @Test
  void decryptsACardOfTwoRsaBlocks() {
    String plaintext = TestCards.json(TestCards.SUCCEEDS).replace("}", ",\"note\":\"" + "x".repeat(300) + "\"}");
    String card = TestCards.rsa(plaintext);
    assertThat(java.util.Base64.getDecoder().decode(card)).hasSize(512);

    Answer answer = client.call("pay.merchant.checkout", checkout(newOrderNo(), "34.50", "RSA", card));

    assertThat(answer.data().get("trans_status").intValue()).as(answer.raw()).isEqualTo(2);
  }

  @Test
  void decryptsAnAesCardWithTheAppKey() {
    Answer answer = client.call("pay.merchant.checkout", checkout(newOrderNo(), "34.50", "AES",
        TestCards.aes(TestCards.json(TestCards.SUCCEEDS), TestCards.AES_KEY)));

    assertThat(answer.data().get("trans_status").intValue()).as(answer.raw()).isEqualTo(2);
  }

  @Test
  void refusesAnAesCardUnderAnotherKey() {
    byte[] other = TestCards.AES_KEY.clone();
    other[0] ^= 1;

    Answer answer = client.call("pay.merchant.checkout", checkout(newOrderNo(), "34.50", "AES",
        TestCards.aes(TestCards.json(TestCards.SUCCEEDS), other)));

    assertThat(answer.code()).isEqualTo("E08003");
  }

  @Test
  void refusesAesWhenTheSandboxHasNoAppKey() {
    try (CodePaySandbox rsaOnly = CodePaySandbox.builder().merchantPublicKey(TestKeys.merchantPublicKey())
        .gatewayPrivateKey(TestCards.gatewayPrivateKey()).start()) {
      String card = TestCards.aes(TestCards.json(TestCards.SUCCEEDS), TestCards.AES_KEY);
      Answer answer = new SandboxClient(rsaOnly, java.time.Clock.systemUTC())
          .call("pay.merchant.checkout", checkout(newOrderNo(), "34.50", "AES", card));

      assertThat(answer.code()).isEqualTo("E08003");
      assertThat(answer.msg()).contains("enc_type");
    }
  }

  @Test
  void refusesALuhnInvalidPan() {
    String orderNo = newOrderNo();

    Answer answer = pay(orderNo, "34.50", "4242424242424241");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo("E08003");
    assertThat(answer.msg()).endsWith("card.pan fails the Luhn check");
    assertThat(client.call("order.query", Map.of("merchant_order_no", orderNo)).code())
        .as("nothing was created").isEqualTo("E09002");
  }

  @Test
  void refusesAnExpiredCard() {
    Answer answer = client.call("pay.merchant.checkout", checkout(newOrderNo(), "34.50", "RSA",
        TestCards.rsa(TestCards.json(TestCards.SUCCEEDS, "0120"))));

    assertThat(answer.msg()).endsWith("card.expiry is past");
  }

  @Test
  void refusesACardThatDoesNotDecrypt() {
    byte[] wrong = java.util.Base64.getDecoder().decode(TestCards.rsa(TestCards.json(TestCards.SUCCEEDS)));
    wrong[100] ^= 1;

    Answer answer = client.call("pay.merchant.checkout", checkout(newOrderNo(), "34.50", "RSA",
        java.util.Base64.getEncoder().encodeToString(wrong)));

    assertThat(answer.code()).isEqualTo("E08003");
    assertThat(answer.msg()).contains("card does not decrypt");
  }

  @Test
  void refusesACardThatIsNotBase64OrNotWholeBlocks() {
    assertThat(client.call("pay.merchant.checkout", checkout(newOrderNo(), "34.50", "RSA", "not*base64"))
        .msg()).contains("Base64");
    assertThat(client.call("pay.merchant.checkout", checkout(newOrderNo(), "34.50", "RSA", "AAAA"))
        .msg()).contains("256-byte RSA blocks");
  }

  @Test
  void refusesAPlaintextThatIsNotTheCardJson() {
    Answer notJson = client.call("pay.merchant.checkout", checkout(newOrderNo(), "34.50", "RSA",
        TestCards.rsa("pan=4242424242424242")));
    Answer noCvv = client.call("pay.merchant.checkout", checkout(newOrderNo(), "34.50", "RSA",
        TestCards.rsa("{\"pan\":\"4242424242424242\",\"expiry\":\"" + TestCards.futureExpiry() + "\"}")));

    assertThat(notJson.msg()).endsWith("card does not hold the card JSON object");
    assertThat(noCvv.msg()).endsWith("card.cvv is missing");
  }

  @Test
  void refusesAnUnknownEncType() {
    Answer answer = client.call("pay.merchant.checkout", checkout(newOrderNo(), "34.50", "DES",
        TestCards.rsa(TestCards.json(TestCards.SUCCEEDS))));

    assertThat(answer.code()).isEqualTo("E08003");
    assertThat(answer.msg()).endsWith("enc_type");
  }

  @Test
  void refusesACheckoutWithoutCard() {
    Map<String, Object> fields = checkout(newOrderNo(), "34.50", "RSA", "x");
    fields.remove("card");

    assertThat(client.call("pay.merchant.checkout", fields).msg()).endsWith("card");
  }
}
