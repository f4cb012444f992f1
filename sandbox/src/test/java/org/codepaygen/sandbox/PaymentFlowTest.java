package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.sandbox.SandboxClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The state machine per merchant_order_no, method by method, with the magic amounts driving the terminal. */
class PaymentFlowTest {
  private static final Duration DELAY = Duration.ofSeconds(30);
  private static final MutableClock CLOCK = new MutableClock(Instant.now());
  private static final AtomicInteger ORDERS = new AtomicInteger();
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
    return "T" + ORDERS.incrementAndGet() + "_" + System.nanoTime();
  }

  private static Map<String, Object> sale(String orderNo, String amount) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("terminal_sn", "WPYC002251000042");
    fields.put("message_receiving_application", "CodePay Register");
    fields.put("pay_scenario", "SWIPE_CARD");
    fields.put("merchant_order_no", orderNo);
    fields.put("price_currency", "USD");
    fields.put("order_amount", new BigDecimal(amount));
    fields.put("trans_type", 1);
    return fields;
  }

  private static Answer pay(String orderNo, String amount) {
    return client.call("wisehub.cloud.pay.order", sale(orderNo, amount));
  }

  private static Answer reverse(int transType, String orderNo, String originalOrderNo, String amount) {
    Map<String, Object> fields = sale(orderNo, amount);
    fields.put("trans_type", transType);
    fields.put("orig_merchant_order_no", originalOrderNo);
    return client.call("wisehub.cloud.pay.order", fields);
  }

  private static JsonNode query(String orderNo) {
    Answer answer = client.call("order.query", Map.of("merchant_order_no", orderNo));
    assertThat(answer.code()).as(answer.raw()).isEqualTo("0");
    return answer.data();
  }

  /** Lets the simulated terminal's delay pass on the sandbox clock. */
  private static void terminalCompletes() {
    CLOCK.advance(DELAY);
  }

  private static String paidOrder(String amount) {
    String orderNo = newOrderNo();
    assertThat(pay(orderNo, amount).ok()).isTrue();
    terminalCompletes();
    assertThat(query(orderNo).get("trans_status").intValue()).isEqualTo(2);
    return orderNo;
  }

  @Test
  void createsAnOrderWaitingOnTheTerminal() {
    String orderNo = newOrderNo();

    Answer created = pay(orderNo, "34.50");

    assertThat(created.ok()).isTrue();
    assertThat(created.data().get("trans_no").textValue()).matches("[0-9]{20}");
    assertThat(created.raw()).contains("\\\"trans_amount\\\":34.50");
    assertThat(query(orderNo).get("trans_status").intValue()).isEqualTo(9);
  }

  @Test
  void completesThePaymentAfterTheDelay() {
    String orderNo = newOrderNo();
    pay(orderNo, "34.50");

    terminalCompletes();

    JsonNode paid = query(orderNo);
    assertThat(paid.get("trans_status").intValue()).isEqualTo(2);
    assertThat(paid.get("trans_amount").decimalValue()).isEqualTo(new BigDecimal("34.50"));
    assertThat(paid.get("trans_end_time").textValue()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
  }

  @Test
  void refusesADuplicateOrderAndKeepsTheFirst() {
    String orderNo = newOrderNo();
    String firstTransNo = pay(orderNo, "10.00").data().get("trans_no").textValue();

    Answer second = pay(orderNo, "99.00");

    assertThat(second.code()).isEqualTo("E09001");
    assertThat(second.status()).isEqualTo(409);
    assertThat(query(orderNo).get("trans_no").textValue()).isEqualTo(firstTransNo);
    assertThat(query(orderNo).get("order_amount").decimalValue()).isEqualTo(new BigDecimal("10.00"));
  }

  @Test
  void declinesAmountsEndingIn91() {
    String orderNo = newOrderNo();
    pay(orderNo, "12.91");

    terminalCompletes();

    JsonNode declined = query(orderNo);
    assertThat(declined.get("trans_status").intValue()).isEqualTo(1);
    assertThat(declined.get("trans_error_code").textValue()).isEqualTo("CARD_DECLINED");
  }

  @Test
  void failsAmountsEndingIn92() {
    String orderNo = newOrderNo();
    pay(orderNo, "12.92");

    terminalCompletes();

    assertThat(query(orderNo).get("trans_error_code").textValue()).isEqualTo("TERMINAL_FAILURE");
  }

  @Test
  void neverCompletesAmountsEndingIn93() {
    String orderNo = newOrderNo();
    pay(orderNo, "12.93");

    terminalCompletes();
    terminalCompletes();

    assertThat(query(orderNo).get("trans_status").intValue()).isEqualTo(9);
  }

  @Test
  void closesAnOrderStillWaitingOnTheTerminal() {
    String orderNo = newOrderNo();
    pay(orderNo, "5.00");

    Answer closed = client.call("wisehub.cloud.pay.close", Map.of("terminal_sn", "WPYC002251000042",
        "message_receiving_application", "CodePay Register", "merchant_order_no", orderNo));

    assertThat(closed.ok()).isTrue();
    terminalCompletes();
    assertThat(query(orderNo).get("trans_status").intValue()).isEqualTo(1);
  }

  @Test
  void refusesToCloseAPaidOrder() {
    String orderNo = paidOrder("5.00");

    Answer closed = client.call("wisehub.cloud.pay.close", Map.of("terminal_sn", "WPYC002251000042",
        "message_receiving_application", "CodePay Register", "merchant_order_no", orderNo));

    assertThat(closed.code()).isEqualTo("E09003");
  }

  @Test
  void voidsAPaidOrderWhichBecomesCancelled() {
    String orderNo = paidOrder("20.00");
    String voidNo = newOrderNo();

    assertThat(reverse(2, voidNo, orderNo, "20.00").ok()).isTrue();
    terminalCompletes();

    assertThat(query(voidNo).get("trans_status").intValue()).isEqualTo(2);
    assertThat(query(orderNo).get("trans_status").intValue()).isEqualTo(3);
  }

  @Test
  void refusesToVoidAnOrderNotYetPaid() {
    String orderNo = newOrderNo();
    pay(orderNo, "20.00");

    assertThat(reverse(2, newOrderNo(), orderNo, "20.00").code()).isEqualTo("E09003");
  }

  @Test
  void refusesRefundsBeyondThePaidAmount() {
    String orderNo = paidOrder("20.00");

    assertThat(reverse(3, newOrderNo(), orderNo, "15.00").ok()).isTrue();
    Answer tooMuch = reverse(3, newOrderNo(), orderNo, "5.01");

    assertThat(tooMuch.code()).isEqualTo("E09004");
    assertThat(reverse(3, newOrderNo(), orderNo, "5.00").ok()).isTrue();
  }

  @Test
  void givesADeclinedRefundsAmountBack() {
    String orderNo = paidOrder("20.00");
    reverse(3, newOrderNo(), orderNo, "19.91");
    terminalCompletes();

    assertThat(reverse(3, newOrderNo(), orderNo, "20.00").ok()).isTrue();
  }

  @Test
  void refusesARefundInAnotherCurrency() {
    String orderNo = paidOrder("20.00");
    Map<String, Object> refund = sale(newOrderNo(), "1.00");
    refund.put("trans_type", 3);
    refund.put("orig_merchant_order_no", orderNo);
    refund.put("price_currency", "EUR");

    assertThat(client.call("wisehub.cloud.pay.order", refund).code()).isEqualTo("E09005");
  }

  @Test
  void submitsAndQueriesARefund() {
    String orderNo = paidOrder("20.00");
    String refundNo = newOrderNo();

    Answer submitted = client.call("order.refund.submit", Map.of("orig_merchant_order_no", orderNo,
        "merchant_order_no", refundNo, "price_currency", "USD", "order_amount", new BigDecimal("20.00"),
        "trans_amount", new BigDecimal("7.25")));
    terminalCompletes();
    Answer refund = client.call("order.refund.query", Map.of("merchant_order_no", refundNo));

    assertThat(submitted.data().get("trans_amount").decimalValue()).isEqualTo(new BigDecimal("7.25"));
    assertThat(refund.data().get("trans_status").intValue()).isEqualTo(2);
    assertThat(refund.data().get("orig_merchant_order_no").textValue()).isEqualTo(orderNo);
  }

  @Test
  void refusesARefundQueryForAPayment() {
    String orderNo = paidOrder("20.00");

    assertThat(client.call("order.refund.query", Map.of("merchant_order_no", orderNo)).code()).isEqualTo("E09002");
  }

  @Test
  void revokesAPaidOrderByRefundingIt() {
    String orderNo = paidOrder("20.00");

    assertThat(client.call("order.revoker", Map.of("merchant_order_no", orderNo)).ok()).isTrue();

    assertThat(reverse(3, newOrderNo(), orderNo, "0.01").code()).isEqualTo("E09004");
  }

  @Test
  void revokesAnUnpaidOrderByClosingIt() {
    String orderNo = newOrderNo();
    pay(orderNo, "20.00");

    client.call("order.revoker", Map.of("merchant_order_no", orderNo));

    assertThat(query(orderNo).get("trans_error_code").textValue()).isEqualTo("CLOSED");
  }

  @Test
  void adjustsTheTipOfAnUnsettledPayment() {
    String orderNo = paidOrder("20.00");

    Answer adjusted = client.call("tip.adjustment",
        Map.of("merchant_order_no", orderNo, "tip_adjustment_amount", new BigDecimal("3.00")));

    assertThat(adjusted.ok()).isTrue();
    assertThat(query(orderNo).get("trans_amount").decimalValue()).isEqualTo(new BigDecimal("23.00"));
  }

  @Test
  void refusesATipAdjustmentAfterTheBatchIsClosed() {
    String terminal = "TERM" + ORDERS.incrementAndGet();
    String orderNo = newOrderNo();
    Map<String, Object> fields = sale(orderNo, "20.00");
    fields.put("terminal_sn", terminal);
    client.call("wisehub.cloud.pay.order", fields);
    terminalCompletes();

    Answer batch = client.call("batch.close", Map.of("terminal_sn", terminal));
    Answer adjusted = client.call("tip.adjustment",
        Map.of("merchant_order_no", orderNo, "tip_adjustment_amount", new BigDecimal("1.00")));

    assertThat(batch.data().get("settle_list").textValue())
        .isEqualTo("[{\"price_currency\":\"USD\",\"trans_type\":1,\"count\":1,\"total_amount\":20.00}]");
    assertThat(adjusted.code()).isEqualTo("E09003");
  }

  @Test
  void answersAnUnknownOrderWithNotFound() {
    Answer answer = client.call("order.query", Map.of("merchant_order_no", "never-created"));

    assertThat(answer.code()).isEqualTo("E09002");
  }

  @Test
  void refusesAMissingBusinessField() {
    Map<String, Object> fields = sale(newOrderNo(), "1.00");
    fields.remove("terminal_sn");

    Answer answer = client.call("wisehub.cloud.pay.order", fields);

    assertThat(answer.code()).isEqualTo("E08001");
    assertThat(answer.msg()).endsWith("terminal_sn");
  }

  @Test
  void refusesAnOrderNumberLongerThan32() {
    Answer answer = pay("A".repeat(33), "1.00");

    assertThat(answer.code()).isEqualTo("E08002");
  }

  @Test
  void refusesAnOrderNumberWithOtherCharacters() {
    Answer answer = pay("order#1", "1.00");

    assertThat(answer.code()).isEqualTo("E08003");
  }

  @Test
  void refusesMoreDecimalsThanTheCurrencyHas() {
    Answer answer = pay(newOrderNo(), "1.005");

    assertThat(answer.code()).isEqualTo("E08003");
    assertThat(answer.msg()).endsWith("order_amount");
  }

  @Test
  void refusesANotifyUrlOffTheLoopback() {
    Map<String, Object> fields = sale(newOrderNo(), "1.00");
    fields.put("notify_url", "https://example.com/notify");

    assertThat(client.call("wisehub.cloud.pay.order", fields).code()).isEqualTo("E08005");
  }

  @Test
  void writesAmountsAsPlainNumbersWithTheirScale() throws Exception {
    String orderNo = paidOrder("34.5");

    Answer answer = client.call("order.query", Map.of("merchant_order_no", orderNo));

    String data = CodePayJson.mapper().readTree(answer.raw()).get("data").textValue();
    assertThat(data).contains("\"order_amount\":34.50");
  }
}
