package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.error.GatewayErrorException;
import org.codepaygen.runtime.json.CodePayJson;
import org.junit.jupiter.api.Test;

/**
 * The sandbox speaks HTTP/2 to a client that offers it by ALPN (OkHttp, as the runtime uses it, does) and HTTP/1.1
 * to one that offers nothing; requests share an HTTP/2 connection, and its request timeout still cuts off a
 * trickled request without closing a connection that is merely idle. Over HTTP/2, headers over the size limit end
 * the connection rather than getting a signed 431.
 */
class Http2Test {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);

  /** Connections the client opened and the protocol of each connection a call used. */
  private static final class Connections extends EventListener {
    final AtomicInteger opened = new AtomicInteger();
    final List<Protocol> used = new CopyOnWriteArrayList<>();

    @Override
    public void connectStart(Call call, java.net.InetSocketAddress address, java.net.Proxy proxy) {
      opened.incrementAndGet();
    }

    @Override
    public void connectionAcquired(Call call, Connection connection) {
      used.add(connection.protocol());
    }
  }

  private static CodePaySandbox start() {
    return CodePaySandbox.builder().merchantPublicKey(TestKeys.merchantPublicKey())
        .idleTimeout(Duration.ofSeconds(30)).requestTimeout(REQUEST_TIMEOUT).start();
  }

  private static CodePayClient client(CodePaySandbox sandbox, Connections connections) {
    return CodePayClient.builder()
        .baseUrl(sandbox.baseUrl()).trustCertificatePem(sandbox.certificatePem())
        .appId(sandbox.appId()).merchantNo(sandbox.merchantNo())
        .merchantPrivateKey(TestKeys.merchantPrivateKey()).gatewayPublicKey(sandbox.gatewayPublicKey())
        .okHttpClient(new OkHttpClient.Builder().eventListener(connections).build())
        .build();
  }

  /** An order.query for an order that does not exist: the gateway's signed, verified E09002. */
  private static String queryUnknownOrder(CodePayClient client) {
    return catchThrowableOfType(
        () -> client.call("order.query", CodePayJson.mapper().createObjectNode().put("merchant_order_no", "none")),
        GatewayErrorException.class).code();
  }

  @Test
  void callsShareOneHttp2ConnectionThatOutlivesTheRequestTimeoutWhileIdle() throws Exception {
    Connections connections = new Connections();
    try (CodePaySandbox sandbox = start(); CodePayClient client = client(sandbox, connections)) {
      assertThat(queryUnknownOrder(client)).isEqualTo("E09002");
      List<CompletableFuture<String>> together = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        together.add(CompletableFuture.supplyAsync(() -> queryUnknownOrder(client)));
      }
      for (CompletableFuture<String> answer : together) {
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("E09002");
      }
      // Idle for longer than a request may take: an idle connection is not a slow request.
      Thread.sleep(REQUEST_TIMEOUT.multipliedBy(2).toMillis());
      assertThat(queryUnknownOrder(client)).isEqualTo("E09002");

      assertThat(connections.used).hasSize(10).containsOnly(Protocol.HTTP_2);
      assertThat(connections.opened).hasValue(1);
    }
  }

  @Test
  void aClientOfferingNoProtocolIsServedHttp11() throws Exception {
    try (CodePaySandbox sandbox = start();
        RawConnection plain = RawConnection.open(
            SandboxClient.trustingOnly(sandbox.certificatePem()), sandbox.port(), Duration.ofSeconds(10))) {
      assertThat(plain.applicationProtocol()).isEmpty();
      plain.send(RawConnection.head("/api/entry", 2, "") + "{}");
      RawConnection.Reply reply = plain.read();
      assertThat(reply.head()).startsWith("HTTP/1.1 400");
      assertThat(new String(reply.body(), StandardCharsets.UTF_8)).contains("\"code\"");
    }
  }

  @Test
  void aTrickledHttp2RequestIsCutOffAfterTheRequestTimeout() throws Exception {
    try (CodePaySandbox sandbox = start();
        RawConnection slow = RawConnection.open(
            SandboxClient.trustingOnly(sandbox.certificatePem()), sandbox.port(), Duration.ofSeconds(10), "h2")) {
      assertThat(slow.applicationProtocol()).isEqualTo("h2");
      slow.send("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      slow.send(frameHeader(0, 0x4, 0, 0)); // an empty SETTINGS frame
      slow.send(frameHeader(64, 0x1, 0x5, 1)); // HEADERS of stream 1, END_STREAM | END_HEADERS: 64 bytes to come
      long start = System.nanoTime();
      boolean cutOff = false;
      // One byte every 100 ms would take 6.4 s to complete the frame and keeps any idle timeout from firing.
      for (int i = 0; i < 64 && !cutOff; i++) {
        Thread.sleep(100);
        try {
          slow.send(new byte[] {0});
        } catch (IOException closed) {
          cutOff = true;
        }
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(cutOff).as("the connection was cut off").isTrue();
      assertThat(took).isBetween(REQUEST_TIMEOUT.minusMillis(200), REQUEST_TIMEOUT.plusSeconds(3));
      assertThat(new SandboxClient(sandbox, Clock.systemUTC())
          .call("order.query", Map.of("merchant_order_no", "none")).code()).isEqualTo("E09002");
    }
  }

  @Test
  void oversizedHeadersOverHttp2EndTheConnectionAndNothingElse() {
    try (CodePaySandbox sandbox = start()) {
      SandboxClient client = new SandboxClient(sandbox, Clock.systemUTC());
      // Jetty's HPACK decoder treats a header list over the limit as a connection error: GOAWAY, no status.
      assertThatThrownBy(() -> client.post("/api/entry", "application/json", "{}".getBytes(StandardCharsets.UTF_8),
          Map.of("X-Padding", "a".repeat(16 << 10))))
          .isInstanceOf(UncheckedIOException.class).hasMessageContaining("GOAWAY");
      assertThat(new SandboxClient(sandbox, Clock.systemUTC())
          .call("order.query", Map.of("merchant_order_no", "none")).code()).isEqualTo("E09002");
    }
  }

  /** The nine bytes that begin an HTTP/2 frame (RFC 9113 §4.1). */
  private static byte[] frameHeader(int length, int type, int flags, int stream) {
    return new byte[] {
        (byte) (length >>> 16), (byte) (length >>> 8), (byte) length, (byte) type, (byte) flags,
        (byte) (stream >>> 24), (byte) (stream >>> 16), (byte) (stream >>> 8), (byte) stream};
  }
}
