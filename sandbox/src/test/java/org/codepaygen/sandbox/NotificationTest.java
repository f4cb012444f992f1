package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.codepaygen.runtime.json.WireMembers;
import org.codepaygen.runtime.signing.CanonicalForm;
import org.codepaygen.runtime.signing.SignatureVerifier;
import org.codepaygen.sandbox.notify.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Notifications reach a loopback receiver, signed, and are retried until it answers "success". */
class NotificationTest {
  private HttpServer receiver;
  private final AtomicInteger calls = new AtomicInteger();
  private volatile int failuresBeforeSuccess;
  private CodePaySandbox sandbox;

  @BeforeEach
  void start() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/notify", exchange -> {
      exchange.getRequestBody().readAllBytes();
      byte[] answer = (calls.incrementAndGet() > failuresBeforeSuccess ? "success" : "not yet")
          .getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    });
    receiver.start();
    // 1000x: the waits of 5 s and 10 s become 5 ms and 10 ms.
    sandbox = CodePaySandbox.builder().merchantPublicKey(TestKeys.merchantPublicKey())
        .notificationDelay(Duration.ofMillis(50)).timeScale(1000).start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
    receiver.stop(0);
  }

  private void payWithNotification(String orderNo) {
    SandboxClient client = new SandboxClient(sandbox, java.time.Clock.systemUTC());
    SandboxClient.Answer answer = client.call("wisehub.cloud.pay.order", Map.of(
        "terminal_sn", "WPYC002251000042", "message_receiving_application", "CodePay Register",
        "pay_scenario", "SWIPE_CARD", "merchant_order_no", orderNo, "price_currency", "USD",
        "order_amount", new BigDecimal("34.50"), "trans_type", 1,
        "notify_url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/notify"));
    assertThat(answer.ok()).as(answer.raw()).isTrue();
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
