package org.codepaygen.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.codepaygen.api.ImmutableOrderQuery;
import org.codepaygen.api.PayScenario;
import org.codepaygen.api.Payments;
import org.codepaygen.api.TransStatus;
import org.codepaygen.api.TransType;
import org.codepaygen.api.Transaction;
import org.codepaygen.api.cloud.CloudPay;
import org.codepaygen.api.cloud.ImmutableCreateOrder;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.error.GatewayErrorException;
import org.codepaygen.sandbox.CodePaySandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pre-authorisation through {@code CloudPay.createOrder} against the sandbox: a completion takes at most the
 * authorised amount, and a pre-auth is completed or cancelled once — also when both are sent at the same moment.
 */
class PreAuthEndToEndTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final AtomicInteger ORDERS = new AtomicInteger();
  private static final String RUN = "pa" + System.nanoTime() % 1_000_000L;
  private static CodePaySandbox sandbox;
  private static CodePayClient client;
  private static CloudPay cloudPay;
  private static Payments payments;

  @BeforeAll
  static void start() {
    sandbox = CodePaySandbox.builder().merchantPublicKey(SignedAnswers.merchantPublicKey())
        .notificationDelay(Duration.ofMillis(100)).start();
    client = CodePayClient.builder().baseUrl(sandbox.baseUrl()).appId(sandbox.appId())
        .merchantNo(sandbox.merchantNo()).merchantPrivateKey(SignedAnswers.merchantPrivateKey())
        .gatewayPublicKey(sandbox.gatewayPublicKey()).trustCertificatePem(sandbox.certificatePem()).build();
    cloudPay = client.create(CloudPay.class);
    payments = client.create(Payments.class);
  }

  @AfterAll
  static void stop() {
    client.close();
    sandbox.close();
  }

  private static String orderNo() {
    return RUN + "-" + ORDERS.incrementAndGet();
  }

  private static String push(TransType type, String orderNo, String original, String amount) {
    ImmutableCreateOrder.Builder order = ImmutableCreateOrder.builder().terminalSn("WPYC002251000042")
        .messageReceivingApplication("CodePay Register").payScenario(PayScenario.SWIPE_CARD)
        .merchantOrderNo(orderNo).priceCurrency("USD").orderAmount(new BigDecimal(amount)).transType(type);
    if (original != null) {
      order.origMerchantOrderNo(original);
    }
    return cloudPay.createOrder(order.build()).transNo();
  }

  private static Transaction awaitEnd(String orderNo) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      Transaction transaction = payments.queryOrder(ImmutableOrderQuery.builder().merchantOrderNo(orderNo).build());
      if (!transaction.transStatus().isPending() || System.nanoTime() > deadline) {
        return transaction;
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  private static String authorised(String amount) throws InterruptedException {
    String preAuth = orderNo();
    push(TransType.PRE_AUTH, preAuth, null, amount);
    Transaction authorisation = awaitEnd(preAuth);
    assertThat(authorisation.transType()).isEqualTo(TransType.PRE_AUTH);
    assertThat(authorisation.transStatus()).isEqualTo(TransStatus.SUCCESS);
    return preAuth;
  }

  private static void assertRefused(Runnable call, String code) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(GatewayErrorException.class,
        e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(code));
  }

  @Test
  void aCompletionForLessTakesOnlyThatAndEndsThePreAuth() throws Exception {
    String preAuth = authorised("80.00");
    String completion = orderNo();

    push(TransType.PRE_AUTH_COMPLETION, completion, preAuth, "62.40");

    Transaction completed = awaitEnd(completion);
    assertThat(completed.transType()).isEqualTo(TransType.PRE_AUTH_COMPLETION);
    assertThat(completed.transStatus()).isEqualTo(TransStatus.SUCCESS);
    assertThat(completed.transAmount()).contains(new BigDecimal("62.40"));
    assertRefused(() -> push(TransType.PRE_AUTH_COMPLETION, orderNo(), preAuth, "10.00"), "E09003");
    assertRefused(() -> push(TransType.PRE_AUTH_CANCEL, orderNo(), preAuth, "80.00"), "E09003");
  }

  @Test
  void aCompletionAboveTheAuthorisedAmountIsRefused() throws Exception {
    String preAuth = authorised("50.00");

    assertRefused(() -> push(TransType.PRE_AUTH_COMPLETION, orderNo(), preAuth, "50.01"), "E09004");
    String completion = orderNo();
    push(TransType.PRE_AUTH_COMPLETION, completion, preAuth, "50.00");
    assertThat(awaitEnd(completion).transStatus()).isEqualTo(TransStatus.SUCCESS);
  }

  @Test
  void aCancelledPreAuthCannotBeCompletedOrCancelledAgain() throws Exception {
    String preAuth = authorised("25.00");
    String cancel = orderNo();

    push(TransType.PRE_AUTH_CANCEL, cancel, preAuth, "25.00");

    assertThat(awaitEnd(cancel).transStatus()).isEqualTo(TransStatus.SUCCESS);
    assertRefused(() -> push(TransType.PRE_AUTH_COMPLETION, orderNo(), preAuth, "5.00"), "E09003");
    assertRefused(() -> push(TransType.PRE_AUTH_CANCEL, orderNo(), preAuth, "25.00"), "E09003");
  }

  @Test
  void ofACompletionAndACancelSentTogetherExactlyOneWins() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 8; round++) {
        String preAuth = authorised("50.00");
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        outcomes.add(threads.submit(() -> attempt(go, TransType.PRE_AUTH_COMPLETION, preAuth, "40.00")));
        outcomes.add(threads.submit(() -> attempt(go, TransType.PRE_AUTH_CANCEL, preAuth, "50.00")));
        go.countDown();

        List<String> seen = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
          seen.add(outcome.get(30, TimeUnit.SECONDS));
        }
        assertThat(seen).as("round %d", round).containsOnlyOnce("accepted").contains("E09003");
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static String attempt(CountDownLatch go, TransType type, String preAuth, String amount) throws Exception {
    go.await();
    try {
      push(type, orderNo(), preAuth, amount);
      return "accepted";
    } catch (GatewayErrorException refused) {
      return refused.code();
    }
  }
}
