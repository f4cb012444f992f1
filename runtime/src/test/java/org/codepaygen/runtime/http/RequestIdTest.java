package org.codepaygen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.TestGateway;
import org.codepaygen.runtime.error.ClientClosedException;
import org.codepaygen.runtime.error.CodePayException;
import org.codepaygen.runtime.error.GatewayErrorException;
import org.codepaygen.runtime.error.MalformedResponseException;
import org.codepaygen.runtime.error.OutcomeUnknownException;
import org.codepaygen.runtime.error.RequestNotSentException;
import org.codepaygen.runtime.error.ResponseSignatureException;
import org.codepaygen.runtime.json.CodePayJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code Http-Request-Psn} header (protocol §10): on every request, and on every exception of a call. */
class RequestIdTest {
  private static final Map<String, Object> QUERY = Map.of("merchant_order_no", "M-1");
  private static final String TWENTY_DIGITS = "[0-9]{20}";

  private MockWebServer server;
  private CodePayClient client;
  private TestService service;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    client = LoopbackClients.builder(server).timeout(Duration.ofMillis(800)).build();
    service = client.service(TestService.class);
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.shutdown();
  }

  @Test
  void idsAreTwentyDigitsStartingWithTheUtcSecondAndWrapWithoutLeavingTwentyDigits() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-04T13:37:05Z"), ZoneOffset.UTC);
    RequestIds ids = new RequestIds(clock, 99_999_998L);

    assertThat(List.of(ids.nextId(), ids.nextId(), ids.nextId()))
        .containsExactly("26120413370599999998", "26120413370599999999", "26120413370500000000");
    assertThat(new RequestIds(clock, -1).nextId()).isEqualTo("26120413370599999999");
  }

  @Test
  void eightThreadsNeverGetTheSameIdTwice() throws Exception {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      done.add(threads.submit(() -> {
        for (int i = 0; i < 5_000; i++) {
          seen.add(RequestIds.next());
        }
      }));
    }
    for (Future<?> future : done) {
      future.get(30, TimeUnit.SECONDS);
    }
    threads.shutdown();
    assertThat(seen).hasSize(40_000).allMatch(id -> id.matches(TWENTY_DIGITS));
  }

  @Test
  void everyKindOfRequestCarriesItsOwnId() throws Exception {
    for (int i = 0; i < 5; i++) {
      server.enqueue(new MockResponse().setBody(TestGateway.success("1" + i, Map.of("file_key", "fk"))));
    }
    ObjectNode parameters = CodePayJson.mapper().createObjectNode().put("merchant_order_no", "M-1");

    service.query(QUERY);
    service.queryAsync(QUERY).get(5, TimeUnit.SECONDS);
    service.revoke(QUERY);
    client.call("order.query", parameters);
    client.uploadImage("INST1", "receipt.png", new byte[] {1, 2, 3});

    Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < 5; i++) {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request.getHeader("Http-Request-Psn")).as(request.getPath()).matches(TWENTY_DIGITS);
      ids.add(request.getHeader("Http-Request-Psn"));
    }
    assertThat(ids).hasSize(5);
  }

  @Test
  void answeredFailuresCarryTheIdTheServerReceived() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(409).setBody(TestGateway.error("E09001", "duplicate", "7")));
    server.enqueue(new MockResponse().setBody("{\"code\":\"0\",\"psn\":\"8\",\"sign\":\"forged\"}"));
    server.enqueue(new MockResponse().setResponseCode(502).setBody("<html>Bad Gateway</html>"));

    assertCarriesReceivedId(GatewayErrorException.class, () -> service.query(QUERY));
    assertCarriesReceivedId(ResponseSignatureException.class, () -> service.query(QUERY));
    assertCarriesReceivedId(MalformedResponseException.class, () -> service.revoke(QUERY));
  }

  @Test
  void outcomeUnknownNamesTheIdToGiveCodePaysSupport() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

    OutcomeUnknownException sync = assertCarriesReceivedId(OutcomeUnknownException.class, () -> service.query(QUERY));
    OutcomeUnknownException async = assertCarriesReceivedId(OutcomeUnknownException.class, () -> {
      try {
        return service.queryAsync(QUERY).join();
      } catch (CompletionException e) {
        throw (RuntimeException) e.getCause();
      }
    });

    for (OutcomeUnknownException e : List.of(sync, async)) {
      assertThat(e.psn()).isNull();
      assertThat(e.getMessage()).contains("CodePay's support can find it by its Http-Request-Psn " + e.requestId());
    }
  }

  @Test
  void requestNotSentNamesTheIdItWouldHaveCarried() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (CodePayClient unreachable = CodePayClient.builder()
        .baseUrl("http://127.0.0.1:" + closedPort + "/").allowCleartextLoopback().appId("app")
        .merchantPrivateKey(org.codepaygen.runtime.TestVectors.merchantPrivateKey())
        .gatewayPublicKey(TestGateway.keys().getPublic()).build()) {
      RequestNotSentException e = catchThrowableOfType(
          () -> unreachable.service(TestService.class).query(QUERY), RequestNotSentException.class);

      assertThat(e.requestId()).matches(TWENTY_DIGITS);
      assertThat(e.getMessage()).contains("Http-Request-Psn " + e.requestId(), "Http-Request-Psn=" + e.requestId());
    }
  }

  @Test
  void failuresBeforeAnyRequestExistedHaveNoId() {
    client.close();

    ClientClosedException closed = catchThrowableOfType(() -> service.query(QUERY), ClientClosedException.class);

    assertThat(closed.requestId()).isNull();
    assertThat(closed.getMessage()).doesNotContain("Http-Request-Psn");
  }

  private <E extends CodePayException> E assertCarriesReceivedId(Class<E> kind, Supplier<?> call)
      throws InterruptedException {
    E e = catchThrowableOfType(call::get, kind);
    assertThat(e).as(kind.getSimpleName()).isNotNull();
    String received = server.takeRequest(5, TimeUnit.SECONDS).getHeader("Http-Request-Psn");
    assertThat(received).matches(TWENTY_DIGITS);
    assertThat(e.requestId()).as(kind.getSimpleName()).isEqualTo(received);
    assertThat(e.getMessage()).contains("Http-Request-Psn=" + received);
    return e;
  }
}
