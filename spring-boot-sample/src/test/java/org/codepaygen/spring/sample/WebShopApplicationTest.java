package org.codepaygen.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.codepaygen.sandbox.notify.Notification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole shop on a random port against the sandbox, configured as {@link WebShopApplication#main} configures it:
 * the customer buys, pays on the sandbox's page, comes back, and the verified notification marks the order paid.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WebShopApplicationTest {
  private static final LocalSandbox SANDBOX = LocalSandbox.start();
  private static final Duration WAIT = Duration.ofSeconds(30);

  @DynamicPropertySource
  static void codepay(DynamicPropertyRegistry registry) {
    SANDBOX.codepayProperties().forEach((name, value) -> registry.add(name, () -> value));
  }

  @AfterAll
  static void stopSandbox() {
    SANDBOX.close();
  }

  @LocalServerPort int port;
  @Autowired Orders orders;

  /** The customer's browser: plain http to the shop, and on the sandbox's pages exactly its certificate trusted. */
  private final HttpClient browser = browserTrusting(SANDBOX.gateway().certificatePem());

  @Test
  void aHostedCheckoutPaidOnTheSandboxPageMarksTheOrderPaidByItsNotification() throws Exception {
    Set<String> before = orderNumbers();
    String payUrl = buy();
    Order order = newOrder(before);
    assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);

    HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(payUrl)).GET());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("34.50");
    String returnUrl = press(payUrl, "pay");
    assertThat(returnUrl).isEqualTo(shop("/orders/" + order.orderNo()).toString());

    Notification delivered = notificationOf(order.orderNo());
    Order settled = orders.find(order.orderNo()).orElseThrow();
    assertThat(settled.status()).isEqualTo(OrderStatus.PAID);
    assertThat(settled.transNo()).hasValueSatisfying(transNo -> assertThat(delivered.body()).contains(transNo));

    HttpResponse<String> shown = send(HttpRequest.newBuilder(URI.create(returnUrl)).GET());
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body()).contains("Paid.");
  }

  @Test
  void aDeclinedPaymentLeavesTheOrderNotPaid() throws Exception {
    Set<String> before = orderNumbers();
    String payUrl = buy();
    Order order = newOrder(before);

    String returnUrl = press(payUrl, "decline");

    notificationOf(order.orderNo());
    assertThat(orders.find(order.orderNo()).orElseThrow().status()).isEqualTo(OrderStatus.NOT_PAID);
    assertThat(send(HttpRequest.newBuilder(URI.create(returnUrl)).GET()).body()).contains("Not paid.");
  }

  /** Presses Buy in the shop; returns the sandbox page the shop sends the browser to. */
  private String buy() throws Exception {
    HttpResponse<String> bought = send(HttpRequest.newBuilder(shop("/orders")).POST(noBody()));
    assertThat(bought.statusCode()).isEqualTo(303);
    String payUrl = bought.headers().firstValue("Location").orElseThrow();
    assertThat(payUrl).startsWith(SANDBOX.gateway().baseUrl() + "pay/");
    return payUrl;
  }

  /** Presses a button of the sandbox's page; returns where it sends the browser. */
  private String press(String payUrl, String action) throws Exception {
    HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(payUrl))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("action=" + action)));
    assertThat(answer.statusCode()).isEqualTo(303);
    return answer.headers().firstValue("Location").orElseThrow();
  }

  /** The notification about {@code orderNo} once the shop acknowledged it (so its listener has returned). */
  private static Notification notificationOf(String orderNo) throws InterruptedException {
    for (int count = 1; ; count++) {
      List<Notification> delivered = SANDBOX.gateway().notifications().awaitDelivered(count, WAIT);
      for (Notification notification : delivered) {
        if (notification.body().contains(orderNo)) {
          return notification;
        }
      }
      if (delivered.size() < count) {
        throw new AssertionError("No notification about order " + orderNo + " delivered within " + WAIT);
      }
    }
  }

  private Set<String> orderNumbers() {
    return orders.all().stream().map(Order::orderNo).collect(Collectors.toSet());
  }

  private Order newOrder(Set<String> before) {
    return orders.all().stream().filter(order -> !before.contains(order.orderNo())).findFirst().orElseThrow();
  }

  private URI shop(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return browser.send(request.timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.BodyPublisher noBody() {
    return HttpRequest.BodyPublishers.noBody();
  }

  private static HttpClient browserTrusting(String certificatePem) {
    try {
      KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
      trusted.load(null, null);
      trusted.setCertificateEntry("sandbox", CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(certificatePem.getBytes(StandardCharsets.US_ASCII))));
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(null, trust.getTrustManagers(), null);
      return HttpClient.newBuilder().sslContext(tls).followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10)).build();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
