package org.codepaygen.runtime.notification.httpserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.keys.CodePayKeys;
import org.codepaygen.runtime.notification.InMemoryNotificationStore;
import org.codepaygen.runtime.notification.JdbcNotificationStore;
import org.codepaygen.runtime.notification.NotificationReceiver;
import org.codepaygen.runtime.notification.NotificationStore;
import org.codepaygen.runtime.notification.VerifiedNotification;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The receiver on a real JDK HTTP server on the loopback, called over HTTP. */
class NotificationHttpHandlerTest {
  private static final String JSON = "application/json; charset=UTF-8";
  private static final Logger LOG = Logger.getLogger("org.codepaygen.runtime.notification");

  private final List<VerifiedNotification> handedOver = new CopyOnWriteArrayList<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private HttpServer server;
  private ExecutorService serverThreads;

  @BeforeEach
  void quiet() {
    // Refusals are logged as warnings; this test makes many on purpose.
    LOG.setUseParentHandlers(false);
  }

  @AfterEach
  void stop() {
    LOG.setUseParentHandlers(true);
    if (server != null) {
      server.stop(0);
      serverThreads.shutdownNow();
    }
  }

  private URI start(NotificationStore store, long callbackMillis) throws IOException {
    NotificationReceiver receiver = NotificationReceiver.builder(
        CodePayKeys.publicKey(Fixtures.text(Fixtures.GATEWAY_PUBLIC)), notification -> {
          Thread.sleep(callbackMillis);
          handedOver.add(notification);
        }).store(store).build();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/codepay/notify", new NotificationHttpHandler(receiver));
    serverThreads = Executors.newFixedThreadPool(8);
    server.setExecutor(serverThreads);
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/codepay/notify");
  }

  private HttpResponse<String> post(URI url, HttpRequest.BodyPublisher body, String contentType) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).POST(body);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(URI url, String body, String contentType) throws Exception {
    return post(url, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), contentType);
  }

  @Test
  void acknowledgesWithPlainTextSuccess() throws Exception {
    URI url = start(new InMemoryNotificationStore(), 0);

    HttpResponse<String> answer = post(url, Fixtures.text(Fixtures.NOTIFICATION_SALE_JSON), JSON);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("success");
    assertThat(answer.headers().firstValue("Content-Type")).contains("text/plain; charset=UTF-8");
    assertThat(handedOver).hasSize(1);
  }

  @Test
  void formEncodedRedeliveryOfTheSameNotificationIsAcknowledgedNotHandedOverAgain() throws Exception {
    URI url = start(new InMemoryNotificationStore(), 0);

    HttpResponse<String> json = post(url, Fixtures.text(Fixtures.NOTIFICATION_SALE_JSON), JSON);
    HttpResponse<String> form = post(url, Fixtures.text(Fixtures.NOTIFICATION_SALE_FORM),
        "application/x-www-form-urlencoded");

    assertThat(json.body()).isEqualTo("success");
    assertThat(form.body()).isEqualTo("success");
    assertThat(handedOver).hasSize(1);
  }

  static Stream<Arguments> badRequests() {
    String sale = Fixtures.text(Fixtures.NOTIFICATION_SALE_JSON);
    byte[] notUtf8 = sale.getBytes(StandardCharsets.UTF_8);
    notUtf8[sale.indexOf('é') + 1] = (byte) 0x28;
    String oversized = sale.replace("{", "{\"padding\":\"" + "x".repeat(70_000) + "\",");
    return Stream.of(
        Arguments.of("oversized", HttpRequest.BodyPublishers.ofString(oversized), JSON, 413),
        Arguments.of("oversized, chunked", HttpRequest.BodyPublishers.ofInputStream(
            () -> new ByteArrayInputStream(oversized.getBytes(StandardCharsets.UTF_8))), JSON, 413),
        Arguments.of("empty", HttpRequest.BodyPublishers.noBody(), JSON, 400),
        Arguments.of("HTML", HttpRequest.BodyPublishers.ofString("<html><body>hello</body></html>"),
            "text/html", 415),
        Arguments.of("truncated", HttpRequest.BodyPublishers.ofString(sale.substring(0, 200)), JSON, 400),
        Arguments.of("not UTF-8", HttpRequest.BodyPublishers.ofByteArray(notUtf8), JSON, 400),
        Arguments.of("merchant-signed", HttpRequest.BodyPublishers.ofString(
            Fixtures.text(Fixtures.NOTIFICATION_SALE_MERCHANT_SIGNED)), JSON, 403));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void badBodiesAreRefusedAndTheReceiverKeepsServing(
      String name, HttpRequest.BodyPublisher body, String contentType, int status) throws Exception {
    URI url = start(new InMemoryNotificationStore(), 0);

    HttpResponse<String> refused = post(url, body, contentType);
    HttpResponse<String> next = post(url, Fixtures.text(Fixtures.NOTIFICATION_REFUND_JSON), JSON);

    assertThat(refused.statusCode()).isEqualTo(status);
    assertThat(refused.body()).isNotEqualTo("success");
    assertThat(next.body()).isEqualTo("success");
    assertThat(handedOver).singleElement().extracting(VerifiedNotification::transNo)
        .isEqualTo("26112607010000000002");
  }

  @Test
  void otherMethodsAreRefused() throws Exception {
    URI url = start(new InMemoryNotificationStore(), 0);

    HttpResponse<String> get = http.send(HttpRequest.newBuilder(url).GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("Allow")).contains("POST");
  }

  static Stream<Arguments> stores() throws SQLException {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:notify-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(JdbcNotificationStore.CREATE_TABLE);
    }
    return Stream.of(
        Arguments.of("in memory", new InMemoryNotificationStore()),
        Arguments.of("JDBC (H2)", new JdbcNotificationStore(database)));
  }

  /**
   * Eight deliveries of one notification at once, each sent again, as the gateway would, until acknowledged: it
   * reaches the application exactly once and every delivery ends acknowledged.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void eightSimultaneousDeliveriesAreHandedOverOnce(String name, NotificationStore store) throws Exception {
    URI url = start(store, 100);
    String sale = Fixtures.text(Fixtures.NOTIFICATION_SALE_JSON);
    ExecutorService gateway = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<List<Integer>>> deliveries = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Callable<List<Integer>> delivery = () -> {
          go.await();
          List<Integer> statuses = new ArrayList<>();
          for (int tries = 0; tries < 50; tries++) {
            HttpResponse<String> answer = post(url, sale, JSON);
            statuses.add(answer.statusCode());
            if (answer.body().equals("success")) {
              break;
            }
            Thread.sleep(20);
          }
          return statuses;
        };
        deliveries.add(gateway.submit(delivery));
      }
      go.countDown();
      List<Integer> all = new ArrayList<>();
      for (Future<List<Integer>> delivery : deliveries) {
        List<Integer> statuses = delivery.get(30, TimeUnit.SECONDS);
        assertThat(statuses).last().isEqualTo(200);
        all.addAll(statuses);
      }

      assertThat(handedOver).hasSize(1);
      // 503 ("being processed, send it again") only when deliveries overlapped, which a loaded machine may not do.
      assertThat(all).isSubsetOf(200, 503);
    } finally {
      gateway.shutdownNow();
    }
  }
}
