package org.codepaygen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.codepaygen.runtime.TestGateway;
import org.codepaygen.runtime.error.RequestNotSentException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The paths on which a request provably never left, each of which must end in {@link RequestNotSentException}
 * (safe to retry) and never in an "outcome unknown": the server must have received nothing. A good answer is
 * queued for every test, so a request that did leave would be seen.
 */
class NotSentPathsTest {
  private static final Map<String, Object> QUERY = Map.of("merchant_order_no", "N1");

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.start();
    server.enqueue(new MockResponse().setBody(TestGateway.success("1", Map.of())));
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private TestService service(OkHttpClient shared) {
    return LoopbackClients.builder(server).okHttpClient(shared).build().service(TestService.class);
  }

  private static OkHttpClient sharedWith(Interceptor interceptor) {
    return new OkHttpClient.Builder().addInterceptor(interceptor).build();
  }

  private AbstractThrowableAssert<?, ?> assertNotSentAsync(TestService service) {
    return assertThatThrownBy(() -> service.queryAsync(QUERY).get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(RequestNotSentException.class, e -> assertThat(e.isSafeToRetry()).isTrue());
  }

  private AbstractThrowableAssert<?, ?> assertNotSent(TestService service) {
    return assertThatThrownBy(() -> service.query(QUERY))
        .isInstanceOfSatisfying(RequestNotSentException.class, e -> assertThat(e.isSafeToRetry()).isTrue());
  }

  @Test
  void asyncCallOnAShutDownDispatcherIsNotSent() {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    executor.shutdown();
    TestService service = service(new OkHttpClient.Builder().dispatcher(new Dispatcher(executor)).build());

    assertNotSentAsync(service).hasMessageContaining("executor rejected");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void asyncCallRejectedByASaturatedExecutorIsNotSent() throws InterruptedException {
    ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new SynchronousQueue<>());
    CountDownLatch release = new CountDownLatch(1);
    executor.execute(() -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    try {
      TestService service = service(new OkHttpClient.Builder().dispatcher(new Dispatcher(executor)).build());

      assertNotSentAsync(service).hasRootCauseInstanceOf(java.util.concurrent.RejectedExecutionException.class);
      assertThat(server.getRequestCount()).isZero();
    } finally {
      release.countDown();
      executor.shutdown();
      assertThat(executor.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }
  }

  /**
   * The shared client's call timeout (200 ms) fires while its own interceptor still holds the call, before any
   * connection is made; OkHttp then cancels the call and reports "timeout".
   */
  @Test
  void callTimingOutBeforeItsConnectionIsReadyIsNotSent() {
    OkHttpClient slowBeforeConnecting = sharedWith(chain -> {
      try {
        Thread.sleep(600);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return chain.proceed(chain.request());
    }).newBuilder().callTimeout(Duration.ofMillis(200)).build();
    TestService service = service(slowBeforeConnecting);

    assertNotSent(service).hasMessageContaining("timeout");
    assertNotSentAsync(service).hasMessageContaining("timeout");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void interceptorOfASharedClientFailingBeforeSendingIsNotSent() {
    TestService service = service(sharedWith(chain -> {
      throw new IllegalStateException("no proxy configured");
    }));

    assertNotSent(service).hasMessageContaining("no proxy configured");
    assertNotSentAsync(service).hasMessageContaining("no proxy configured");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void requestThatCannotBeEncodedIsNotSent() {
    TestService service = service(new OkHttpClient());
    Map<String, Object> unwritable = Map.of("merchant_order_no", "N1", "detail", new Unwritable());

    assertThatThrownBy(() -> service.query(unwritable))
        .isInstanceOfSatisfying(RequestNotSentException.class, e -> assertThat(e.endpoint()).isEqualTo("order.query"))
        .hasMessageContaining("cannot be read");
    assertThatThrownBy(() -> service.queryAsync(unwritable).get(5, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(RequestNotSentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  /** A value Jackson cannot write: its one property fails when read. */
  static final class Unwritable {
    @JsonProperty("value")
    public String value() {
      throw new IllegalStateException("cannot be read");
    }
  }
}
