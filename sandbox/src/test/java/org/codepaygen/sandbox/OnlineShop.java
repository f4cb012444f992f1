package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.sandbox.notify.Notification;

/**
 * A web shop and its gateway for the page tests: the sandbox on a hand-moved clock, a client that creates and
 * queries payments, the shop's {@code notify_url} and its {@code return_url} page, all on the loopback.
 */
final class OnlineShop implements AutoCloseable {
  static final String RETURN_HEADING = "Back at the shop";
  private static final Duration NOTIFICATION_WAIT = Duration.ofSeconds(10);

  final MutableClock clock = new MutableClock(Instant.now());
  final CodePaySandbox sandbox = CodePaySandbox.builder().merchantPublicKey(TestKeys.merchantPublicKey())
      .gatewayPrivateKey(TestCards.gatewayPrivateKey()).clock(clock).timeScale(1000).notificationDelay(Duration.ofMillis(50)).start();
  final SandboxClient client = new SandboxClient(sandbox, clock);
  private final LoopbackReceiver receiver = new LoopbackReceiver();
  private final HttpServer returnPage;

  OnlineShop() {
    try {
      returnPage = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    returnPage.createContext("/return", exchange -> {
      byte[] page = ("<!DOCTYPE html><title>Shop</title><h1>" + RETURN_HEADING + "</h1>")
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, page.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(page);
      }
    });
    returnPage.start();
  }

  /** The shop's page the customer comes back to, as it would put it in {@code return_url}. */
  String returnUrl(String orderNo) {
    return "http://127.0.0.1:" + returnPage.getAddress().getPort() + "/return?order=" + orderNo;
  }

  /** {@code pay.checkout} with a notify_url, a return_url and 30 minutes to pay; answers the {@code pay_url}. */
  String checkout(String orderNo, String amount, Map<String, ?> more) {
    Map<String, Object> fields = new LinkedHashMap<>(Map.of(
        "merchant_order_no", orderNo, "price_currency", "USD", "order_amount", new java.math.BigDecimal(amount),
        "description", "Two croissants", "expires", 1800, "return_url", returnUrl(orderNo),
        "notify_url", receiver.url()));
    fields.putAll(more);
    return created("pay.checkout", fields).path("pay_url").asText();
  }

  /** Calls {@code method}, which must succeed, and answers its {@code data}. */
  JsonNode created(String method, Map<String, ?> fields) {
    Map<String, Object> all = new LinkedHashMap<>(fields);
    all.putIfAbsent("notify_url", receiver.url());
    SandboxClient.Answer answer = client.call(method, all);
    assertThat(answer.ok()).as(answer.raw()).isTrue();
    return answer.data();
  }

  /** {@code order.query}'s {@code data} for the order. */
  JsonNode query(String orderNo) {
    SandboxClient.Answer answer = client.call("order.query", Map.of("merchant_order_no", orderNo));
    assertThat(answer.ok()).as(answer.raw()).isTrue();
    return answer.data();
  }

  /** The body of the delivered notification of {@code transNo}, waiting for it a few seconds. */
  JsonNode notification(String transNo) throws InterruptedException {
    Instant deadline = Instant.now().plus(NOTIFICATION_WAIT);
    while (Instant.now().isBefore(deadline)) {
      Optional<JsonNode> found = delivered(transNo);
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(20);
    }
    throw new AssertionError("No notification of " + transNo + " within " + NOTIFICATION_WAIT);
  }

  /** The delivered notification of {@code transNo}, if there is one now. */
  Optional<JsonNode> delivered(String transNo) {
    return sandbox.notifications().delivered().stream().filter(n -> transNo.equals(n.transNo()))
        .map(Notification::body).map(OnlineShop::json).findFirst();
  }

  private static JsonNode json(String body) {
    try {
      return CodePayJson.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      throw new AssertionError("A notification body is not JSON", e);
    }
  }

  @Override
  public void close() {
    sandbox.close();
    receiver.close();
    returnPage.stop(0);
  }
}
