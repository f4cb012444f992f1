package org.codepaygen.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.codepaygen.api.ImmutableSubmitRefund;
import org.codepaygen.api.PayScenario;
import org.codepaygen.api.TransStatus;
import org.codepaygen.api.TransType;
import org.codepaygen.api.Transaction;
import org.codepaygen.api.cloud.ImmutableCreateOrder;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.notification.NotificationReceiver;
import org.codepaygen.runtime.notification.VerifiedNotification;
import org.codepaygen.runtime.notification.httpserver.NotificationHttpHandler;
import org.codepaygen.sandbox.CodePaySandbox;
import org.codepaygen.sandbox.notify.Notification;
import org.codepaygen.sandbox.notify.NotificationEncoding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole notification path: the generated client pays and refunds on the sandbox with a notify_url, the sandbox
 * POSTs signed notifications to the runtime's receiver on the JDK's HTTP server, the application's callback gets
 * them verified and decoded into the sample's {@code Transaction}, and the sandbox records them as acknowledged.
 */
class NotificationsEndToEndTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final List<Transaction> processed = new CopyOnWriteArrayList<>();
  private final AtomicInteger calls = new AtomicInteger();
  private volatile int failuresBeforeSuccess;
  private CodePaySandbox sandbox;
  private HttpServer receiver;
  private ExecutorService receiverThreads;

  @AfterEach
  void stop() {
    if (receiver != null) {
      receiver.stop(0);
      receiverThreads.shutdownNow();
    }
    sandbox.close();
  }

  /** Starts the sandbox (retries 1000 times faster than real time) and the receiver; returns the notify_url. */
  private String start(NotificationEncoding encoding) throws IOException {
    sandbox = CodePaySandbox.builder().merchantPublicKey(SignedAnswers.merchantPublicKey())
        .notificationDelay(Duration.ofMillis(50)).timeScale(1000).notificationEncoding(encoding).start();
    NotificationReceiver notifications = NotificationReceiver.builder(sandbox.gatewayPublicKey(),
        (VerifiedNotification notification) -> {
          if (calls.incrementAndGet() <= failuresBeforeSuccess) {
            throw new IllegalStateException("the orders database is not reachable");
          }
          processed.add(notification.as(Transaction.class));
        }).build();
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/notify", new NotificationHttpHandler(notifications));
    receiverThreads = Executors.newFixedThreadPool(2);
    receiver.setExecutor(receiverThreads);
    receiver.start();
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/notify";
  }

  private CodePayClient client() {
    return CodePayClient.builder()
        .baseUrl(sandbox.baseUrl()).appId(sandbox.appId()).merchantNo(sandbox.merchantNo())
        .merchantPrivateKey(SignedAnswers.merchantPrivateKey()).gatewayPublicKey(sandbox.gatewayPublicKey())
        .trustCertificatePem(sandbox.certificatePem()).build();
  }

  private static String pay(Till till, String orderNo, String notifyUrl) {
    return till.createOrder(ImmutableCreateOrder.builder()
        .terminalSn("WPYC002251000042").messageReceivingApplication("CodePay Register")
        .payScenario(PayScenario.SWIPE_CARD).merchantOrderNo(orderNo).priceCurrency("USD")
        .orderAmount(new BigDecimal("34.50")).transType(TransType.SALE).notifyUrl(notifyUrl).build()).transNo();
  }

  private static boolean await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(10);
    }
    return condition.getAsBoolean();
  }

  @ParameterizedTest
  @EnumSource(NotificationEncoding.class)
  void saleAndRefundReachTheCallbackVerifiedAndAreAcknowledged(NotificationEncoding encoding) throws Exception {
    String notifyUrl = start(encoding);
    try (CodePayClient client = client()) {
      Till till = client.create(Till.class);
      String saleNo = pay(till, "e2e-sale", notifyUrl);
      assertThat(await(() -> processed.size() == 1)).as("the sale's notification arrived").isTrue();
      String refundNo = till.submitRefund(ImmutableSubmitRefund.builder()
          .origMerchantOrderNo("e2e-sale").merchantOrderNo("e2e-refund").priceCurrency("USD")
          .orderAmount(new BigDecimal("34.50")).transAmount(new BigDecimal("10.00")).notifyUrl(notifyUrl)
          .build()).transNo();

      assertThat(await(() -> sandbox.notifications().delivered().size() == 2)).isTrue();
      Transaction sale = processed.get(0);
      Transaction refund = processed.get(1);
      assertThat(sale.transNo()).isEqualTo(saleNo);
      assertThat(sale.transType()).isEqualTo(TransType.SALE);
      assertThat(sale.transStatus()).isEqualTo(TransStatus.SUCCESS);
      assertThat(sale.transAmount()).contains(new BigDecimal("34.50"));
      assertThat(sale.merchantOrderNo()).contains("e2e-sale");
      assertThat(refund.transNo()).isEqualTo(refundNo);
      assertThat(refund.transType()).isEqualTo(TransType.REFUND);
      assertThat(refund.transAmount()).contains(new BigDecimal("10.00"));
      assertThat(refund.origTransNo()).contains(saleNo);
      assertThat(sandbox.notifications().delivered())
          .extracting(Notification::transNo, Notification::tries, Notification::lastResult)
          .containsExactly(
              tuple(saleNo, 1, "HTTP 2xx \"success\""),
              tuple(refundNo, 1, "HTTP 2xx \"success\""));
    }
  }

  @Test
  void callbackThatThrowsGetsTheNotificationAgainOnTheSandboxsRetry() throws Exception {
    failuresBeforeSuccess = 1;
    String notifyUrl = start(NotificationEncoding.JSON);
    try (CodePayClient client = client()) {
      String saleNo = pay(client.create(Till.class), "e2e-retry", notifyUrl);

      assertThat(await(() -> sandbox.notifications().delivered().size() == 1)).isTrue();
      Notification delivered = sandbox.notifications().delivered().get(0);
      assertThat(delivered.tries()).isEqualTo(2);
      assertThat(calls).hasValue(2);
      assertThat(processed).singleElement().extracting(Transaction::transNo).isEqualTo(saleNo);
    }
  }

  @Test
  void redeliveryIsAcknowledgedWithoutReachingTheCallbackAgain() throws Exception {
    String notifyUrl = start(NotificationEncoding.JSON);
    try (CodePayClient client = client()) {
      pay(client.create(Till.class), "e2e-again", notifyUrl);
      assertThat(await(() -> sandbox.notifications().delivered().size() == 1)).isTrue();

      sandbox.notifications().redeliver(sandbox.notifications().delivered().get(0).id());

      assertThat(await(() -> sandbox.notifications().delivered().get(0).tries() == 2)).isTrue();
      assertThat(sandbox.notifications().delivered().get(0).lastResult()).isEqualTo("HTTP 2xx \"success\"");
      assertThat(calls).hasValue(1);
      assertThat(processed).hasSize(1);
    }
  }
}
