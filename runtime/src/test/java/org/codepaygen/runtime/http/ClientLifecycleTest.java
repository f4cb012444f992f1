package org.codepaygen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.TestGateway;
import org.codepaygen.runtime.error.ClientClosedException;
import org.codepaygen.runtime.error.CodePayException;
import org.codepaygen.runtime.error.RequestNotSentException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link CodePayClient#close()} ends and refuses, and that building and closing clients leaves nothing behind. */
class ClientLifecycleTest {
  private static final Map<String, Object> QUERY = Map.of("merchant_order_no", "L1");

  private final MockWebServer server = new MockWebServer();
  /** How often a request's envelope read the clock: once per request encoded (and signed). */
  private final AtomicInteger clockReads = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    NoDelayServerSockets.use(server);
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private CodePayClient client() {
    return LoopbackClients.builder(server).clock(new CountingClock()).build();
  }

  /** Answers every request with the same signed answer, made once so the server does not sign per request. */
  private void answerEveryRequest() {
    String answer = TestGateway.success("1", Map.of("trans_no", "T1"));
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().setBody(answer);
      }
    });
  }

  @Test
  void everyKindOfCallAfterCloseIsRefusedBeforeAnythingIsSignedOrSent() {
    CodePayClient client = client();
    TestService before = client.service(TestService.class);
    client.close();
    TestService after = client.service(TestService.class);
    Consumer<Throwable> refusedAsNotSent = e -> assertThat(e)
        .isInstanceOf(ClientClosedException.class)
        .isInstanceOf(RequestNotSentException.class)
        .hasMessageContaining("CodePayClient is closed")
        .hasMessageContaining("not sent")
        .satisfies(closed -> assertThat(((CodePayException) closed).isSafeToRetry()).isTrue());

    assertThatThrownBy(() -> before.query(QUERY)).satisfies(refusedAsNotSent)
        .hasMessageContaining("method=order.query");
    assertThatThrownBy(() -> after.query(QUERY)).satisfies(refusedAsNotSent);
    CompletableFuture<?> async = before.queryAsync(QUERY);
    assertThatThrownBy(() -> async.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
        .cause().satisfies(refusedAsNotSent);
    assertThatThrownBy(() -> client.uploadImage("INST1", "receipt.png", new byte[] {1, 2, 3}))
        .satisfies(refusedAsNotSent)
        .hasMessageContaining("method=file.upload");

    assertThat(clockReads).as("requests encoded and signed").hasValue(0);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void closeIsIdempotentAndLeavesOtherClientsWorking() {
    answerEveryRequest();
    CodePayClient closed = client();
    CodePayClient open = client();

    closed.close();
    closed.close();

    assertThat(open.service(TestService.class).query(QUERY).get("trans_no").asText()).isEqualTo("T1");
    assertThatThrownBy(() -> closed.service(TestService.class).query(QUERY))
        .isInstanceOf(ClientClosedException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    open.close();
  }

  @Test
  void callAlreadySentWhenTheClientClosesFinishes() throws Exception {
    server.enqueue(new MockResponse().setBody(TestGateway.success("1", Map.of("trans_no", "T9")))
        .setHeadersDelay(300, TimeUnit.MILLISECONDS));
    CodePayClient client = client();
    CompletableFuture<com.fasterxml.jackson.databind.JsonNode> running =
        client.service(TestService.class).queryAsync(QUERY);
    assertThat(server.takeRequest(5, TimeUnit.SECONDS)).as("the request reached the server").isNotNull();

    client.close();

    assertThat(running.get(5, TimeUnit.SECONDS).get("trans_no").asText()).isEqualTo("T9");
  }

  /**
   * Builds, calls (alternately synchronously and asynchronously) and closes 1,000 clients, then checks that the
   * JVM's live threads and open file descriptors are back at their baseline within a second.
   *
   * <p>The baseline is taken after two warm-up clients, one of each kind of call, were closed: clients built without
   * an {@code OkHttpClient} share one process-wide connection pool and dispatcher, so those first clients start what
   * every later one reuses (the pool's cleanup thread and its pooled connection to this server, the server's thread
   * for that connection, a dispatcher thread). Nothing may be added per client. One allowance: the dispatcher's
   * executor starts a worker when none is idle, and on a loaded machine the worker of the last asynchronous call may
   * not be back in time for the next, so a few idle workers may remain; they end after a minute unused. Their
   * number depends on how many calls ran at once, never on how many clients were built, and is bounded here.
   */
  @Test
  void thousandClientsBuiltCalledAndClosedLeaveNoThreadsOrFilesBehind() throws Exception {
    Path descriptors = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(descriptors), "counts open files through /proc (Linux)");
    answerEveryRequest();
    cycle(0);
    cycle(1);
    Map<String, Long> baseThreads = threadsByKind();
    long baseFiles = openFiles(descriptors);

    for (int i = 0; i < 1000; i++) {
      cycle(i);
    }

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
    while ((!threadsAdded(baseThreads).isEmpty() || openFiles(descriptors) > baseFiles)
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    Map<String, Long> added = threadsAdded(baseThreads);
    assertThat(added.getOrDefault(DISPATCHER, 0L)).as("idle dispatcher workers added").isLessThanOrEqualTo(4);
    added.remove(DISPATCHER);
    assertThat(added).as("threads added to the baseline %s", baseThreads).isEmpty();
    assertThat(openFiles(descriptors)).as("open file descriptors (baseline %d)", baseFiles)
        .isLessThanOrEqualTo(baseFiles);
    assertThat(server.getRequestCount()).isEqualTo(1002);
  }

  private void cycle(int i) throws Exception {
    CodePayClient client = client();
    TestService service = client.service(TestService.class);
    if (i % 2 == 0) {
      service.query(QUERY);
    } else {
      service.queryAsync(QUERY).get(5, TimeUnit.SECONDS);
    }
    client.close();
  }

  private static long openFiles(Path descriptors) {
    try (Stream<Path> files = Files.list(descriptors)) {
      return files.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String DISPATCHER = "OkHttp Dispatcher";

  /** Live threads counted by name, with the numbers and URLs in names left out. */
  private static Map<String, Long> threadsByKind() {
    return Thread.getAllStackTraces().keySet().stream()
        .map(thread -> thread.getName().replaceAll("http://\\S*", "").replaceAll("[0-9]", "").trim())
        .collect(Collectors.groupingBy(name -> name.equals("OkHttp") ? DISPATCHER : name, Collectors.counting()));
  }

  /** How many more threads of each kind live now than in {@code baseline}. */
  private static Map<String, Long> threadsAdded(Map<String, Long> baseline) {
    Map<String, Long> added = new TreeMap<>();
    threadsByKind().forEach((kind, count) -> {
      if (count > baseline.getOrDefault(kind, 0L)) {
        added.put(kind, count - baseline.getOrDefault(kind, 0L));
      }
    });
    return added;
  }

  /** A fixed clock that counts how often it is read. */
  private final class CountingClock extends Clock {
    private final Instant now = Instant.parse("2023-12-05T08:12:43.536Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      clockReads.incrementAndGet();
      return now;
    }

    @Override
    public long millis() {
      return instant().toEpochMilli();
    }
  }
}
