package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.codepaygen.sandbox.SandboxClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pre-authorisation: 4 authorises, 6 takes at most the authorised amount, 5 releases it; each only once. */
class PreAuthTest {
  private static final Duration DELAY = Duration.ofSeconds(30);
  private static final MutableClock CLOCK = new MutableClock(Instant.now());
  private static final AtomicInteger ORDERS = new AtomicInteger();
  private static final int PRE_AUTH = 4;
  private static final int CANCEL = 5;
  private static final int COMPLETION = 6;
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
    return "P" + ORDERS.incrementAndGet() + "_" + System.nanoTime();
  }

  private static Answer order(int transType, String orderNo, String original, String amount) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("terminal_sn", "WPYC002251000042");
    fields.put("message_receiving_application", "CodePay Register");
    fields.put("pay_scenario", "SWIPE_CARD");
    fields.put("merchant_order_no", orderNo);
    fields.put("price_currency", "USD");
    fields.put("order_amount", new BigDecimal(amount));
    fields.put("trans_type", transType);
    if (original != null) {
      fields.put("orig_merchant_order_no", original);
    }
    return client.call("wisehub.cloud.pay.order", fields);
  }

  private static JsonNode query(String orderNo) {
    Answer answer = client.call("order.query", Map.of("merchant_order_no", orderNo));
    assertThat(answer.ok()).as(answer.raw()).isTrue();
    return answer.data();
  }

  private static int status(String orderNo) {
    return query(orderNo).get("trans_status").intValue();
  }

  private static String authorised(String amount) {
    String orderNo = newOrderNo();
    Answer answer = order(PRE_AUTH, orderNo, null, amount);
    assertThat(answer.ok()).as(answer.raw()).isTrue();
    CLOCK.advance(DELAY);
    assertThat(status(orderNo)).isEqualTo(2);
    return orderNo;
  }

  @Test
  void authorisesAfterTheTerminalsDelay() {
    String orderNo = newOrderNo();

    assertThat(order(PRE_AUTH, orderNo, null, "50.00").ok()).isTrue();
    assertThat(status(orderNo)).isEqualTo(9);
    CLOCK.advance(DELAY);

    JsonNode authorised = query(orderNo);
    assertThat(authorised.get("trans_status").intValue()).isEqualTo(2);
    assertThat(authorised.get("trans_type").intValue()).isEqualTo(PRE_AUTH);
  }

  @Test
  void theMagicAmountsApplyToAPreAuth() {
    String orderNo = newOrderNo();
    order(PRE_AUTH, orderNo, null, "50.91");
    CLOCK.advance(DELAY);

    assertThat(query(orderNo).get("trans_error_code").textValue()).isEqualTo("CARD_DECLINED");
  }

  @Test
  void completesForLessThanAuthorised() {
    String preAuth = authorised("50.00");
    String completion = newOrderNo();

    assertThat(order(COMPLETION, completion, preAuth, "42.10").ok()).isTrue();
    CLOCK.advance(DELAY);

    JsonNode completed = query(completion);
    assertThat(completed.get("trans_status").intValue()).isEqualTo(2);
    assertThat(completed.get("trans_type").intValue()).isEqualTo(COMPLETION);
    assertThat(completed.get("trans_amount").decimalValue()).isEqualTo(new BigDecimal("42.10"));
    assertThat(completed.get("orig_merchant_order_no").textValue()).isEqualTo(preAuth);
    assertThat(status(preAuth)).isEqualTo(2);
  }

  @Test
  void refusesACompletionAboveTheAuthorisedAmount() {
    String preAuth = authorised("50.00");

    Answer answer = order(COMPLETION, newOrderNo(), preAuth, "50.01");

    assertThat(answer.code()).isEqualTo("E09004");
    assertThat(order(COMPLETION, newOrderNo(), preAuth, "50.00").ok()).as("the full amount is fine").isTrue();
  }

  @Test
  void aCompletedPreAuthCannotBeCompletedOrCancelledAgain() {
    String preAuth = authorised("50.00");
    order(COMPLETION, newOrderNo(), preAuth, "10.00");
    CLOCK.advance(DELAY);

    assertThat(order(COMPLETION, newOrderNo(), preAuth, "10.00").code()).isEqualTo("E09003");
    assertThat(order(CANCEL, newOrderNo(), preAuth, "50.00").code()).isEqualTo("E09003");
  }

  @Test
  void aPendingCompletionAlreadyTakesThePreAuth() {
    String preAuth = authorised("50.00");
    assertThat(order(COMPLETION, newOrderNo(), preAuth, "10.00").ok()).isTrue();

    assertThat(order(CANCEL, newOrderNo(), preAuth, "50.00").code()).isEqualTo("E09003");
  }

  @Test
  void cancelsThePreAuth() {
    String preAuth = authorised("50.00");
    String cancel = newOrderNo();

    assertThat(order(CANCEL, cancel, preAuth, "50.00").ok()).isTrue();
    CLOCK.advance(DELAY);

    assertThat(status(cancel)).isEqualTo(2);
    assertThat(status(preAuth)).as("cancelled").isEqualTo(3);
    assertThat(order(COMPLETION, newOrderNo(), preAuth, "10.00").code()).isEqualTo("E09003");
    assertThat(order(CANCEL, newOrderNo(), preAuth, "50.00").code()).isEqualTo("E09003");
  }

  @Test
  void aCancelReleasesTheWholeAuthorisedAmount() {
    String preAuth = authorised("50.00");

    assertThat(order(CANCEL, newOrderNo(), preAuth, "20.00").code()).isEqualTo("E09004");
  }

  @Test
  void aDeclinedCompletionGivesThePreAuthBack() {
    String preAuth = authorised("50.00");
    order(COMPLETION, newOrderNo(), preAuth, "10.91");
    CLOCK.advance(DELAY);

    String second = newOrderNo();
    assertThat(order(COMPLETION, second, preAuth, "10.00").ok()).isTrue();
    CLOCK.advance(DELAY);
    assertThat(status(second)).isEqualTo(2);
  }

  @Test
  void refusesToCompleteAPreAuthNotYetAuthorisedOrASale() {
    String pending = newOrderNo();
    order(PRE_AUTH, pending, null, "50.00");
    String sale = newOrderNo();
    order(1, sale, null, "50.00");
    CLOCK.advance(DELAY);
    String stillPending = newOrderNo();
    order(PRE_AUTH, stillPending, null, "50.00");

    assertThat(order(COMPLETION, newOrderNo(), stillPending, "10.00").code()).isEqualTo("E09003");
    assertThat(order(COMPLETION, newOrderNo(), sale, "10.00").code()).isEqualTo("E09003");
    assertThat(order(COMPLETION, newOrderNo(), "never-made", "10.00").code()).isEqualTo("E09002");
    assertThat(order(COMPLETION, newOrderNo(), null, "10.00").code()).isEqualTo("E08001");
  }

  @Test
  void theCompletionIsRefundedNotThePreAuth() {
    String preAuth = authorised("50.00");
    String completion = newOrderNo();
    order(COMPLETION, completion, preAuth, "30.00");
    CLOCK.advance(DELAY);

    assertThat(order(3, newOrderNo(), preAuth, "5.00").code()).isEqualTo("E09003");
    assertThat(order(3, newOrderNo(), completion, "30.01").code()).isEqualTo("E09004");
    assertThat(order(3, newOrderNo(), completion, "30.00").ok()).isTrue();
  }

  @Test
  void ofACompletionAndACancelSentTogetherExactlyOneWins() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 10; round++) {
        String preAuth = authorised("50.00");
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        answers.add(threads.submit(() -> {
          go.await();
          return order(COMPLETION, newOrderNo(), preAuth, "40.00");
        }));
        answers.add(threads.submit(() -> {
          go.await();
          return order(CANCEL, newOrderNo(), preAuth, "50.00");
        }));
        go.countDown();

        int wins = 0;
        for (Future<Answer> answer : answers) {
          Answer got = answer.get();
          if (got.ok()) {
            wins++;
          } else {
            assertThat(got.code()).as(got.raw()).isEqualTo("E09003");
          }
        }
        assertThat(wins).as("round " + round).isEqualTo(1);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
