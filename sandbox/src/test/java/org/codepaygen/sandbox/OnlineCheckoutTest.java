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
import org.codepaygen.sandbox.notify.Notification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hosted checkout, the payment link and the QR code: the customer acts on the sandbox's page, the payment
 * ends, the merchant is notified and the browser goes back to the return_url.
 */
class OnlineCheckoutTest {
  private static final MutableClock CLOCK = new MutableClock(Instant.now());
  private static final AtomicInteger ORDERS = new AtomicInteger();
  private static final String RETURN_URL = "https://shop.example/thanks?order=1";
  private static CodePaySandbox sandbox;
  private static SandboxClient client;
  private static LoopbackReceiver receiver;

  @BeforeAll
  static void start() {
    sandbox = CodePaySandbox.builder().merchantPublicKey(TestKeys.merchantPublicKey()).clock(CLOCK)
        .notificationDelay(Duration.ofSeconds(30)).timeScale(1000).start();
    client = new SandboxClient(sandbox, CLOCK);
    receiver = new LoopbackReceiver();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
    receiver.close();
  }

  static String newOrderNo() {
    return "W" + ORDERS.incrementAndGet() + "_" + System.nanoTime();
  }

  private static Map<String, Object> checkout(String orderNo, String amount) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("merchant_order_no", orderNo);
    fields.put("price_currency", "USD");
    fields.put("order_amount", new BigDecimal(amount));
    fields.put("description", "Two <b>mugs</b> & a \"teapot\"");
    fields.put("expires", 600);
    fields.put("return_url", RETURN_URL);
    fields.put("notify_url", receiver.url());
    return fields;
  }

  private static String payUrl(Map<String, Object> fields) {
    Answer answer = client.call("pay.checkout", fields);
    assertThat(answer.ok()).as(answer.raw()).isTrue();
    return answer.data().get("pay_url").textValue();
  }

  private static JsonNode query(String orderNo) {
    Answer answer = client.call("order.query", Map.of("merchant_order_no", orderNo));
    assertThat(answer.ok()).as(answer.raw()).isTrue();
    return answer.data();
  }

  private static Notification awaitNotification(String transNo) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      for (Notification delivered : sandbox.notifications().delivered()) {
        if (delivered.transNo().equals(transNo)) {
          return delivered;
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("No notification for " + transNo);
  }

  @Test
  void answersAPayUrlOnTheSandboxAndWaitsForTheCustomer() {
    String orderNo = newOrderNo();

    String payUrl = payUrl(checkout(orderNo, "34.50"));

    assertThat(payUrl).matches("https://localhost:" + sandbox.port() + "/pay/[0-9a-f]{32}");
    assertThat(query(orderNo).get("trans_status").intValue()).isEqualTo(9);
    HttpResponse<String> page = client.open(payUrl);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(page.body()).contains("USD 34.50", "name=\"action\" value=\"pay\"", "value=\"decline\"",
        "value=\"abandon\"");
  }

  @Test
  void escapesTheMerchantsTextOnThePage() {
    String page = client.open(payUrl(checkout(newOrderNo(), "34.50"))).body();

    assertThat(page).doesNotContain("<b>mugs</b>").contains("&lt;b&gt;mugs&lt;/b&gt; &amp; a &quot;teapot&quot;");
  }

  @Test
  void paysThenNotifiesAndSendsTheBrowserToTheReturnUrl() throws Exception {
    String orderNo = newOrderNo();
    String payUrl = payUrl(checkout(orderNo, "34.50"));

    HttpResponse<String> paid = client.choose(payUrl, "pay");

    assertThat(paid.statusCode()).isEqualTo(303);
    assertThat(paid.headers().firstValue("Location")).hasValue(RETURN_URL);
    JsonNode payment = query(orderNo);
    assertThat(payment.get("trans_status").intValue()).isEqualTo(2);
    assertThat(payment.get("trans_type").intValue()).isEqualTo(1);
    assertThat(payment.get("trans_amount").decimalValue()).isEqualTo(new BigDecimal("34.50"));
    Notification notification = awaitNotification(payment.get("trans_no").textValue());
    assertThat(notification.body()).contains("\"trans_status\":2", "\"merchant_order_no\":\"" + orderNo + "\"");
    assertThat(client.open(payUrl).body()).contains("Paid").doesNotContain("<form");
  }

  @Test
  void aPaidPageCannotBePaidAgain() {
    String payUrl = payUrl(checkout(newOrderNo(), "34.50"));
    client.choose(payUrl, "pay");

    HttpResponse<String> again = client.choose(payUrl, "decline");

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("Paid");
  }

  @Test
  void declineFailsThePaymentAndNotifies() throws Exception {
    String orderNo = newOrderNo();
    String payUrl = payUrl(checkout(orderNo, "34.50"));

    assertThat(client.choose(payUrl, "decline").statusCode()).isEqualTo(303);

    JsonNode payment = query(orderNo);
    assertThat(payment.get("trans_status").intValue()).isEqualTo(1);
    assertThat(payment.get("trans_error_code").textValue()).isEqualTo("CARD_DECLINED");
    assertThat(awaitNotification(payment.get("trans_no").textValue()).body()).contains("\"trans_status\":1");
  }

  @Test
  void abandonLeavesThePaymentWaitingUntilItExpires() {
    String orderNo = newOrderNo();
    Map<String, Object> fields = checkout(orderNo, "34.50");
    fields.put("expires", 60);
    String payUrl = payUrl(fields);

    assertThat(client.choose(payUrl, "abandon").headers().firstValue("Location")).hasValue(RETURN_URL);
    assertThat(query(orderNo).get("trans_status").intValue()).isEqualTo(9);
    CLOCK.advance(Duration.ofSeconds(61));

    JsonNode expired = query(orderNo);
    assertThat(expired.get("trans_status").intValue()).isEqualTo(1);
    assertThat(expired.get("trans_error_code").textValue()).isEqualTo("EXPIRED");
    assertThat(client.choose(payUrl, "pay").statusCode()).isEqualTo(409);
  }

  @Test
  void theMagicAmountsDecideWhatPayingDoes() {
    String declined = newOrderNo();
    String failed = newOrderNo();
    String pending = newOrderNo();
    client.choose(payUrl(checkout(declined, "34.91")), "pay");
    client.choose(payUrl(checkout(failed, "34.92")), "pay");
    client.choose(payUrl(checkout(pending, "34.93")), "pay");
    CLOCK.advance(Duration.ofHours(1));

    assertThat(query(declined).get("trans_error_code").textValue()).isEqualTo("CARD_DECLINED");
    assertThat(query(failed).get("trans_error_code").textValue()).isEqualTo("TERMINAL_FAILURE");
    assertThat(query(pending).get("trans_status").intValue()).as("93 never completes, nor expires").isEqualTo(9);
    assertThat(client.call("order.revoker", Map.of("merchant_order_no", pending)).ok()).isTrue();
    assertThat(query(pending).get("trans_error_code").textValue()).isEqualTo("CLOSED");
  }

  @Test
  void aPaidCheckoutIsRefundedAndRevokedLikeACloudPayment() {
    String orderNo = newOrderNo();
    client.choose(payUrl(checkout(orderNo, "20.00")), "pay");

    Answer refund = client.call("order.refund.submit", Map.of("orig_merchant_order_no", orderNo,
        "merchant_order_no", newOrderNo(), "price_currency", "USD", "order_amount", new BigDecimal("20.00"),
        "trans_amount", new BigDecimal("5.00")));
    Answer revoke = client.call("order.revoker", Map.of("merchant_order_no", orderNo));
    CLOCK.advance(Duration.ofSeconds(31));

    assertThat(refund.ok()).as(refund.raw()).isTrue();
    assertThat(revoke.ok()).as(revoke.raw()).isTrue();
    Answer tooMuch = client.call("order.refund.submit", Map.of("orig_merchant_order_no", orderNo,
        "merchant_order_no", newOrderNo(), "price_currency", "USD", "order_amount", new BigDecimal("20.00"),
        "trans_amount", new BigDecimal("0.01")));
    assertThat(tooMuch.code()).as("the revoke refunded the remaining 15.00").isEqualTo("E09004");
  }

  @Test
  void aPaymentLinkWithoutReturnUrlShowsTheOutcome() {
    String orderNo = newOrderNo();
    Answer answer = client.call("pay.unifiedorder", Map.of("merchant_order_no", orderNo, "price_currency", "JPY",
        "order_amount", 1200, "description", "Tea", "pay_method_id", "ALIPAY"));
    assertThat(answer.ok()).as(answer.raw()).isTrue();
    assertThat(answer.raw()).contains("\\\"trans_amount\\\":1200", "\\\"trans_fee_c\\\":0");

    HttpResponse<String> paid = client.choose(answer.data().get("pay_url").textValue(), "pay");

    assertThat(paid.statusCode()).isEqualTo(200);
    assertThat(paid.body()).contains("Paid");
    assertThat(query(orderNo).get("pay_method_id").textValue()).isEqualTo("ALIPAY");
  }

  @Test
  void refusesAPaymentLinkWithAnExtParamsThatIsNotJson() {
    Answer answer = client.call("pay.unifiedorder", Map.of("merchant_order_no", newOrderNo(),
        "price_currency", "USD", "order_amount", new BigDecimal("5.00"), "description", "Tea",
        "ext_params", "not json"));

    assertThat(answer.code()).isEqualTo("E08003");
    assertThat(answer.msg()).contains("ext_params");
  }

  @Test
  void refusesAPaymentLinkWithMoreDecimalsThanTheCurrencyHas() {
    Answer answer = client.call("pay.unifiedorder", Map.of("merchant_order_no", newOrderNo(),
        "price_currency", "JPY", "order_amount", new BigDecimal("5.50"), "description", "Tea"));

    assertThat(answer.code()).isEqualTo("E08003");
    assertThat(answer.msg()).endsWith("order_amount");
  }

  @Test
  void theMagicAmountsApplyToAPaymentLink() {
    String orderNo = newOrderNo();
    Answer answer = client.call("pay.unifiedorder", Map.of("merchant_order_no", orderNo, "price_currency", "USD",
        "order_amount", new BigDecimal("5.91"), "description", "Tea"));

    client.choose(answer.data().get("pay_url").textValue(), "pay");

    assertThat(query(orderNo).get("trans_error_code").textValue()).isEqualTo("CARD_DECLINED");
  }

  @Test
  void aQrCodeIsPaidByTheCustomerWhoScansIt() throws Exception {
    String orderNo = newOrderNo();
    Answer answer = client.call("cscanb.pay.getqrcode", Map.of("merchant_order_no", orderNo,
        "price_currency", "USD", "order_amount", new BigDecimal("8.00"), "description", "Coffee",
        "notify_url", receiver.url()));
    assertThat(answer.ok()).as(answer.raw()).isTrue();
    String transNo = answer.data().get("trans_no").textValue();

    HttpResponse<String> page = client.open(answer.data().get("qrcode_url").textValue());
    HttpResponse<String> paid = client.choose(answer.data().get("qrcode_url").textValue(), "pay");

    assertThat(page.body()).contains("QR code payment", "USD 8.00");
    assertThat(paid.statusCode()).isEqualTo(200);
    assertThat(query(orderNo).get("trans_status").intValue()).isEqualTo(2);
    assertThat(query(orderNo).get("trans_no").textValue()).isEqualTo(transNo);
    assertThat(awaitNotification(transNo).body()).contains("\"trans_status\":2");
  }

  @Test
  void anUnknownTokenIsNotFound() {
    HttpResponse<String> page = client.open(sandbox.baseUrl() + "pay/0123456789abcdef0123456789abcdef");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("does not exist");
  }

  @Test
  void anUnknownActionChangesNothing() {
    String orderNo = newOrderNo();
    String payUrl = payUrl(checkout(orderNo, "34.50"));

    assertThat(client.choose(payUrl, "steal").statusCode()).isEqualTo(400);
    assertThat(query(orderNo).get("trans_status").intValue()).isEqualTo(9);
  }

  @Test
  void refusesACheckoutWithoutReturnUrl() {
    Map<String, Object> fields = checkout(newOrderNo(), "34.50");
    fields.remove("return_url");

    Answer answer = client.call("pay.checkout", fields);

    assertThat(answer.code()).isEqualTo("E08001");
    assertThat(answer.msg()).endsWith("return_url");
  }

  @Test
  void refusesAReturnUrlThatIsNotAnHttpAddress() {
    Map<String, Object> fields = checkout(newOrderNo(), "34.50");
    fields.put("return_url", "javascript:alert(1)");

    assertThat(client.call("pay.checkout", fields).code()).isEqualTo("E08003");
  }

  @Test
  void refusesAnOrderDetailThatIsNotAJsonObjectString() {
    Map<String, Object> fields = checkout(newOrderNo(), "34.50");
    fields.put("order_detail", "[1, 2]");

    Answer answer = client.call("pay.checkout", fields);

    assertThat(answer.code()).isEqualTo("E08003");
    assertThat(answer.msg()).contains("order_detail");
  }

  @Test
  void acceptsAnOrderDetailJsonString() {
    Map<String, Object> fields = checkout(newOrderNo(), "34.50");
    fields.put("order_detail", "{\"type\":\"GENERAL\",\"data\":{\"items\":[{\"name\":\"Mug\",\"quantity\":2}]}}");

    assertThat(client.call("pay.checkout", fields).ok()).isTrue();
  }

  @Test
  void refusesAnExpiryOfZeroSeconds() {
    Map<String, Object> fields = checkout(newOrderNo(), "34.50");
    fields.put("expires", 0);

    assertThat(client.call("pay.checkout", fields).code()).isEqualTo("E08003");
  }

  @Test
  void refusesASecondCheckoutWithTheSameOrderNumber() {
    String orderNo = newOrderNo();
    payUrl(checkout(orderNo, "34.50"));

    assertThat(client.call("pay.checkout", checkout(orderNo, "34.50")).code()).isEqualTo("E09001");
  }

  @Test
  void refusesAQrCodeWithoutDescription() {
    Answer answer = client.call("cscanb.pay.getqrcode", Map.of("merchant_order_no", newOrderNo(),
        "price_currency", "USD", "order_amount", new BigDecimal("8.00")));

    assertThat(answer.code()).isEqualTo("E08001");
    assertThat(answer.msg()).endsWith("description");
  }
}
