package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.codepaygen.runtime.json.WireMembers;
import org.codepaygen.runtime.signing.CanonicalForm;
import org.codepaygen.runtime.notification.NotificationReader;
import org.codepaygen.runtime.notification.VerifiedNotification;
import org.codepaygen.runtime.signing.SignatureVerifier;
import org.codepaygen.sandbox.notify.Notification;
import org.codepaygen.sandbox.notify.NotificationEncoding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Notifications reach a loopback receiver, signed, and are retried until it answers "success". */
class NotificationTest {
  private HttpServer receiver;
  private final AtomicInteger calls = new AtomicInteger();
  private final List<String> contentTypes = new CopyOnWriteArrayList<>();
  private final List<byte[]> bodies = new CopyOnWriteArrayList<>();
  private volatile int failuresBeforeSuccess;
  private CodePaySandbox sandbox;

  @BeforeEach
  void start() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/notify", exchange -> {
      contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
      bodies.add(exchange.getRequestBody().readAllBytes());
      byte[] answer = (calls.incrementAndGet() > failuresBeforeSuccess ? "success" : "not yet")
          .getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    });
    receiver.start();
    // 1000x: the waits of 5 s and 10 s become 5 ms and 10 ms.
    sandbox = startSandbox(NotificationEncoding.JSON);
  }

  private static CodePaySandbox startSandbox(NotificationEncoding encoding) {
    return CodePaySandbox.builder().merchantPublicKey(TestKeys.merchantPublicKey())
        .notificationDelay(Duration.ofMillis(50)).timeScale(1000).notificationEncoding(encoding).start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
    receiver.stop(0);
  }

  private String notifyUrl() {
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/notify";
  }

  private void payWithNotification(String orderNo) {
    SandboxClient client = new SandboxClient(sandbox, java.time.Clock.systemUTC());
    SandboxClient.Answer answer = client.call("wisehub.cloud.pay.order", Map.of(
        "terminal_sn", "WPYC002251000042", "message_receiving_application", "CodePay Register",
        "pay_scenario", "SWIPE_CARD", "merchant_order_no", orderNo, "price_currency", "USD",
        "order_amount", new BigDecimal("34.50"), "trans_type", 1, "notify_url", notifyUrl()));
    assertThat(answer.ok()).as(answer.raw()).isTrue();
  }

  private void refundWithNotification(String orderNo) {
    SandboxClient.Answer answer = new SandboxClient(sandbox, java.time.Clock.systemUTC()).call(
        "order.refund.submit", Map.of(
            "orig_merchant_order_no", orderNo, "merchant_order_no", orderNo + "-r", "price_currency", "USD",
            "order_amount", new BigDecimal("34.50"), "trans_amount", new BigDecimal("4.50"),
            "notify_url", notifyUrl()));
    assertThat(answer.ok()).as(answer.raw()).isTrue();
  }

  /** What the project's own receiver makes of a delivered body. */
  private VerifiedNotification read(int index, PublicKey gatewayKey) {
    return new NotificationReader(gatewayKey).read(bodies.get(index), contentTypes.get(index));
  }

  @Test
  void retriesUntilTheReceiverAnswersSuccess() throws Exception {
    failuresBeforeSuccess = 2;

    payWithNotification("notify-retry");

    List<Notification> delivered = sandbox.notifications().awaitDelivered(1, Duration.ofSeconds(10));
    assertThat(delivered).hasSize(1);
    assertThat(delivered.get(0).tries()).isEqualTo(3);
    assertThat(calls.get()).isEqualTo(3);
  }

  @Test
  void signsTheNotificationWithTheGatewayKey() throws Exception {
    payWithNotification("notify-signed");

    Notification delivered = sandbox.notifications().awaitDelivered(1, Duration.ofSeconds(10)).get(0);
    WireMembers members = WireMembers.parse(delivered.body().getBytes(StandardCharsets.UTF_8));

    assertThat(new SignatureVerifier(sandbox.gatewayPublicKey())
        .verify(CanonicalForm.of(members.wireTexts()), members.text("sign"))).isTrue();
    assertThat(members.text("trans_status")).isEqualTo("2");
    assertThat(members.text("trans_amount")).isEqualTo("34.50");
  }

  @Test
  void notifiesTheRefundToo() throws Exception {
    payWithNotification("notify-refund");
    sandbox.notifications().awaitDelivered(1, Duration.ofSeconds(10));

    refundWithNotification("notify-refund");

    List<Notification> delivered = sandbox.notifications().awaitDelivered(2, Duration.ofSeconds(10));
    assertThat(delivered).hasSize(2);
    VerifiedNotification refund = read(1, sandbox.gatewayPublicKey());
    assertThat(refund.member("trans_type")).contains("3");
    assertThat(refund.member("trans_amount")).contains("4.50");
    assertThat(refund.member("orig_trans_no")).contains(read(0, sandbox.gatewayPublicKey()).transNo());
  }

  @Test
  void sendsTheSameSignedMembersFormEncodedOnTheFlag() throws Exception {
    payWithNotification("notify-json");
    sandbox.notifications().awaitDelivered(1, Duration.ofSeconds(10));
    PublicKey jsonSandboxKey = sandbox.gatewayPublicKey();
    sandbox.close();
    sandbox = startSandbox(NotificationEncoding.FORM);

    payWithNotification("notify-form");
    sandbox.notifications().awaitDelivered(1, Duration.ofSeconds(10));

    assertThat(contentTypes).containsExactly(
        "application/json; charset=UTF-8", "application/x-www-form-urlencoded");
    assertThat(new String(bodies.get(1), StandardCharsets.US_ASCII)).contains("&order_amount=34.50&");
    VerifiedNotification json = read(0, jsonSandboxKey);
    VerifiedNotification form = read(1, sandbox.gatewayPublicKey());
    assertThat(form.members().keySet()).isEqualTo(json.members().keySet());
    assertThat(form.member("merchant_order_no")).contains("notify-form");
    assertThat(form.member("trans_end_time").orElseThrow()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
  }

  @Test
  void redeliversADeliveredNotificationOnRequest() throws Exception {
    payWithNotification("notify-again");
    Notification first = sandbox.notifications().awaitDelivered(1, Duration.ofSeconds(10)).get(0);

    sandbox.notifications().redeliver(first.id());

    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (sandbox.notifications().delivered().get(0).tries() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(bodies).hasSize(2);
    assertThat(bodies.get(1)).isEqualTo(bodies.get(0));
    assertThat(sandbox.notifications().delivered()).singleElement()
        .satisfies(n -> assertThat(n.tries()).isEqualTo(2));
  }

  @Test
  void refusesToRedeliverWhatWasNotDelivered() {
    assertThatThrownBy(() -> sandbox.notifications().redeliver(42))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("42");
  }

  @Test
  void keepsAnUnacknowledgedNotificationPending() throws Exception {
    failuresBeforeSuccess = Integer.MAX_VALUE;

    payWithNotification("notify-pending");

    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (calls.get() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(sandbox.notifications().pending()).hasSize(1);
    assertThat(sandbox.notifications().delivered()).isEmpty();
  }
}
