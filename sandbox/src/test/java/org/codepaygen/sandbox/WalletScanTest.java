package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.codepaygen.sandbox.SandboxClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code bscanc.pay.submit}: the merchant scans the customer's wallet code; the wallet pays after the delay. */
class WalletScanTest {
  private static final Duration DELAY = Duration.ofSeconds(30);
  private static final MutableClock CLOCK = new MutableClock(Instant.now());
  private static final AtomicInteger ORDERS = new AtomicInteger();
  private static final String WECHAT_CODE = "134567890123456789";
  private static CodePaySandbox sandbox;
  private static SandboxClient client;

  @BeforeAll
  static void start() {
    sandbox = CodePaySandbox.builder()
        .merchantPublicKey(TestKeys.merchantPublicKey()).clock(CLOCK).notificationDelay(DELAY).start();
    client = new SandboxClient(sandbox, CLOCK);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static String newOrderNo() {
    return "S" + ORDERS.incrementAndGet() + "_" + System.nanoTime();
  }

  private static Map<String, Object> scan(String orderNo, String authCode, String amount) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("auth_code", authCode);
    fields.put("merchant_order_no", orderNo);
    fields.put("price_currency", "USD");
    fields.put("order_amount", new BigDecimal(amount));
    fields.put("description", "Coffee");
    return fields;
  }

  private static JsonNode query(String orderNo) {
    Answer answer = client.call("order.query", Map.of("merchant_order_no", orderNo));
    assertThat(answer.ok()).as(answer.raw()).isTrue();
    return answer.data();
  }

  @Test
  void waitsForTheWalletThenSucceeds() {
    String orderNo = newOrderNo();

    Answer answer = client.call("bscanc.pay.submit", scan(orderNo, WECHAT_CODE, "4.50"));

    assertThat(answer.ok()).as(answer.raw()).isTrue();
    assertThat(answer.data().get("trans_no").textValue()).matches("[0-9]{20}");
    assertThat(answer.data().get("trans_status").intValue()).isEqualTo(9);
    CLOCK.advance(DELAY);
    JsonNode paid = query(orderNo);
    assertThat(paid.get("trans_status").intValue()).isEqualTo(2);
    assertThat(paid.get("pay_method_id").textValue()).isEqualTo("WECHATPAY");
  }

  @Test
  void completesAtOnceWithoutDelay() {
    try (CodePaySandbox instant = CodePaySandbox.builder().merchantPublicKey(TestKeys.merchantPublicKey())
        .notificationDelay(Duration.ZERO).start()) {
      Answer answer = new SandboxClient(instant, java.time.Clock.systemUTC())
          .call("bscanc.pay.submit", scan(newOrderNo(), WECHAT_CODE, "4.50"));

      assertThat(answer.data().get("trans_status").intValue()).isEqualTo(2);
      assertThat(answer.data().get("trans_amount").decimalValue()).isEqualTo(new BigDecimal("4.50"));
    }
  }

  @Test
  void theMagicAmountsApply() {
    String orderNo = newOrderNo();
    client.call("bscanc.pay.submit", scan(orderNo, WECHAT_CODE, "4.92"));
    CLOCK.advance(DELAY);

    assertThat(query(orderNo).get("trans_error_code").textValue()).isEqualTo("TERMINAL_FAILURE");
  }

  @Test
  void refusesAnAuthCodeThatIsNotSixteenToTwentyFourDigits() {
    assertThat(client.call("bscanc.pay.submit", scan(newOrderNo(), "13456789012345678A", "4.50")).code())
        .isEqualTo("E08003");
    assertThat(client.call("bscanc.pay.submit", scan(newOrderNo(), "123456789012345", "4.50")).code())
        .isEqualTo("E08003");
    assertThat(client.call("bscanc.pay.submit", scan(newOrderNo(), "1".repeat(25), "4.50")).code())
        .isEqualTo("E08003");
    assertThat(client.call("bscanc.pay.submit", scan(newOrderNo(), "1".repeat(33), "4.50")).code())
        .isEqualTo("E08002");
  }

  @Test
  void refusesAMissingAuthCode() {
    Map<String, Object> fields = scan(newOrderNo(), WECHAT_CODE, "4.50");
    fields.remove("auth_code");

    Answer answer = client.call("bscanc.pay.submit", fields);

    assertThat(answer.code()).isEqualTo("E08001");
    assertThat(answer.msg()).endsWith("auth_code");
  }

  @Test
  void isRefundedLikeACloudPayment() {
    String orderNo = newOrderNo();
    client.call("bscanc.pay.submit", scan(orderNo, WECHAT_CODE, "4.50"));
    CLOCK.advance(DELAY);

    Answer refund = client.call("order.refund.submit", Map.of("orig_merchant_order_no", orderNo,
        "merchant_order_no", newOrderNo(), "price_currency", "USD", "order_amount", new BigDecimal("4.50"),
        "trans_amount", new BigDecimal("4.50")));

    assertThat(refund.ok()).as(refund.raw()).isTrue();
  }
}
