package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/**
 * Idle, half-sent, trickled and oversized requests: none of them may delay a normal client, each is cut off after
 * its limit, and a thousand of them leave nothing behind. The timeouts are short so the test is; every wait is
 * bounded.
 */
class HostileTrafficTest {
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);
  private static final long TRICKLE_MILLIS = 100;

  private static CodePaySandbox start(Duration idleTimeout, Duration requestTimeout) {
    return CodePaySandbox.builder().merchantPublicKey(TestKeys.merchantPublicKey())
        .idleTimeout(idleTimeout).requestTimeout(requestTimeout).start();
  }

  private static RawConnection open(CodePaySandbox sandbox) throws IOException {
    return RawConnection.open(SandboxClient.trustingOnly(sandbox.certificatePem()), sandbox.port(), READ_TIMEOUT);
  }

  /** Milliseconds for a signed order.query to be answered correctly; the wait itself is bounded by 10 s. */
  private static long millisForSignedCall(SandboxClient client) throws Exception {
    long start = System.nanoTime();
    SandboxClient.Answer answer = CompletableFuture
        .supplyAsync(() -> client.call("order.query", Map.of("merchant_order_no", "nothing-here")))
        .get(10, TimeUnit.SECONDS);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.code()).isEqualTo("E09002");
    return millis;
  }

  @Test
  void idleConnectionsAndStalledBodiesDoNotDelayASignedRequest() throws Exception {
    // The request timeout is the shorter, so the stalled bodies are answered 408 before the idle timeout closes
    // their connections.
    Duration idle = Duration.ofSeconds(6);
    Duration request = Duration.ofSeconds(3);
    try (CodePaySandbox sandbox = start(idle, request)) {
      SandboxClient client = new SandboxClient(sandbox, Clock.systemUTC());
      millisForSignedCall(client); // loads the HTTP client's classes, so that only the server is timed below
      List<RawConnection> idleConnections = new ArrayList<>();
      List<RawConnection> stalledBodies = new ArrayList<>();
      try {
        for (int i = 0; i < 256; i++) {
          idleConnections.add(open(sandbox));
        }
        long lastIdleOpened = System.nanoTime();
        for (int i = 0; i < 64; i++) {
          RawConnection stalled = open(sandbox);
          stalledBodies.add(stalled);
          stalled.send(RawConnection.head("/api/entry", 200, ""));
        }
        long held = System.nanoTime();

        assertThat(millisForSignedCall(client)).as("milliseconds for a signed call").isLessThan(1_000);
        assertThat(Duration.ofNanos(System.nanoTime() - held)).as("the call came before any timeout")
            .isLessThan(request);

        for (RawConnection stalled : stalledBodies) {
          RawConnection.Reply reply = stalled.read();
          assertThat(reply.status()).isEqualTo(408);
          assertThat(SandboxClient.Answer.read(reply.status(), reply.body(), sandbox).code()).isEqualTo("E01006");
          assertThat(stalled.closedByServer()).as("a timed-out request's connection is closed").isTrue();
        }
        for (RawConnection silent : idleConnections) {
          assertThat(silent.closedByServer()).as("an idle connection is closed").isTrue();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - lastIdleOpened)).as("idle connections closed after the timeout")
            .isGreaterThanOrEqualTo(idle.minusMillis(500));
      } finally {
        closeAll(idleConnections);
        closeAll(stalledBodies);
      }
      assertThat(millisForSignedCall(client)).isLessThan(1_000);
    }
  }

  @Test
  void trickledHeadersAreCutOffAfterTheRequestTimeout() throws Exception {
    Duration request = Duration.ofSeconds(2);
    try (CodePaySandbox sandbox = start(Duration.ofSeconds(30), request);
        RawConnection slow = open(sandbox)) {
      slow.send("POST /api/entry HTTP/1.1\r\nHost: localhost\r\nX-Slow: ");
      long start = System.nanoTime();
      boolean cutOff = false;
      // One byte every 100 ms keeps any idle timeout from firing; only the request timeout can end this.
      for (int i = 0; i < 200 && !cutOff; i++) {
        Thread.sleep(TRICKLE_MILLIS);
        try {
          slow.send("a");
        } catch (IOException closed) {
          cutOff = true;
        }
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(cutOff).as("the connection was cut off").isTrue();
      assertThat(took).isBetween(request.minusMillis(200), request.plusSeconds(5));
      millisForSignedCall(new SandboxClient(sandbox, Clock.systemUTC())); // still serving
    }
  }

  @Test
  void aTrickledBodyIsAnswered408AfterTheRequestTimeout() throws Exception {
    Duration request = Duration.ofSeconds(2);
    try (CodePaySandbox sandbox = start(Duration.ofSeconds(30), request);
        RawConnection slow = open(sandbox)) {
      slow.send(RawConnection.head("/api/entry", 1_000, ""));
      long start = System.nanoTime();
      Thread trickler = new Thread(() -> {
        try {
          for (int i = 0; i < 200; i++) {
            Thread.sleep(TRICKLE_MILLIS);
            slow.send(" ");
          }
        } catch (IOException | InterruptedException stopped) {
          // the server closed the connection, or the test is over
        }
      });
      trickler.start();
      try {
        RawConnection.Reply reply = slow.read();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(reply.status()).isEqualTo(408);
        SandboxClient.Answer answer = SandboxClient.Answer.read(reply.status(), reply.body(), sandbox);
        assertThat(answer.code()).isEqualTo("E01006");
        assertThat(took).isBetween(request.minusMillis(200), request.plusSeconds(5));
        assertThat(slow.closedByServer()).isTrue();
      } finally {
        trickler.interrupt();
        trickler.join(5_000);
      }
      millisForSignedCall(new SandboxClient(sandbox, Clock.systemUTC())); // still serving
    }
  }

  @Test
  void aConnectionThatNeverCompletesItsHandshakeIsClosedAfterTheRequestTimeout() throws Exception {
    Duration request = Duration.ofSeconds(2);
    try (CodePaySandbox sandbox = start(Duration.ofSeconds(30), request);
        Socket silent = new Socket(InetAddress.getLoopbackAddress(), sandbox.port())) {
      silent.setSoTimeout((int) READ_TIMEOUT.toMillis());
      long start = System.nanoTime();

      assertThat(silent.getInputStream().read()).as("end of stream").isEqualTo(-1);
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isBetween(request.minusMillis(200), request.plusSeconds(5));
    }
  }

  @Test
  void connectionsBeyondTheLimitWaitUntilOneCloses() throws Exception {
    try (CodePaySandbox sandbox = CodePaySandbox.builder().merchantPublicKey(TestKeys.merchantPublicKey())
        .maxConnections(2).start()) {
      SSLContext tls = SandboxClient.trustingOnly(sandbox.certificatePem());
      RawConnection first = RawConnection.open(tls, sandbox.port(), READ_TIMEOUT);
      try (RawConnection second = RawConnection.open(tls, sandbox.port(), READ_TIMEOUT)) {
        CompletableFuture<RawConnection> third = CompletableFuture.supplyAsync(() -> {
          try {
            return RawConnection.open(tls, sandbox.port(), READ_TIMEOUT);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
        Thread.sleep(1_000);
        assertThat(third).as("the third handshake waits while two connections are open").isNotDone();

        first.close();
        try (RawConnection admitted = third.get(10, TimeUnit.SECONDS)) {
          admitted.send(RawConnection.head("/api/nothing", 0, ""));
          RawConnection.Reply reply = admitted.read();
          assertThat(reply.status()).isEqualTo(404);
          assertThat(SandboxClient.Answer.read(404, reply.body(), sandbox).code()).isEqualTo("E01005");
        }
      }
    }
  }

  @Test
  void oversizedHeadersAndBodiesAreRefusedWithSignedAnswersAndLeaveNothingBehind() throws Exception {
    try (CodePaySandbox sandbox = start(Duration.ofSeconds(30), Duration.ofSeconds(10))) {
      SSLContext tls = SandboxClient.trustingOnly(sandbox.certificatePem());
      for (int i = 0; i < 50; i++) {
        refuseOversized(sandbox, tls, i);
      }
      long threadsBefore = settledThreadCount();
      long heapBefore = usedHeapAfterGc();

      for (int i = 0; i < 1_000; i++) {
        refuseOversized(sandbox, tls, i);
      }

      assertThat(settledThreadCount()).as("threads").isLessThanOrEqualTo(threadsBefore + 4);
      assertThat(usedHeapAfterGc()).as("heap bytes in use").isLessThan(heapBefore + (32 << 20));
      millisForSignedCall(new SandboxClient(sandbox, Clock.systemUTC())); // still serving
    }
  }

  /** One of three misdeeds by turn: a 16 KiB header (431), a body over 1 MiB (413), half a request abandoned. */
  private static void refuseOversized(CodePaySandbox sandbox, SSLContext tls, int turn) throws IOException {
    try (RawConnection connection = RawConnection.open(tls, sandbox.port(), READ_TIMEOUT)) {
      switch (turn % 3) {
        case 0 -> {
          connection.send(RawConnection.head("/api/entry", 2, "X-Big: " + "a".repeat(16 << 10) + "\r\n"));
          RawConnection.Reply reply = connection.read();
          assertThat(reply.status()).isEqualTo(431);
          assertThat(SandboxClient.Answer.read(431, reply.body(), sandbox).code()).isEqualTo("E01007");
        }
        case 1 -> {
          connection.send(RawConnection.head("/api/entry", (1 << 20) + 1, ""));
          RawConnection.Reply reply = connection.read();
          assertThat(reply.status()).isEqualTo(413);
          assertThat(SandboxClient.Answer.read(413, reply.body(), sandbox).code()).isEqualTo("E01003");
        }
        default -> connection.send("POST /api/entry HTTP/1.1\r\nHost: local");
      }
    }
  }

  /** The JVM's live threads once the server's pool has had a moment to finish what the last requests started. */
  private static long settledThreadCount() throws InterruptedException {
    Thread.sleep(500);
    return ManagementFactory.getThreadMXBean().getThreadCount();
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static void closeAll(List<RawConnection> connections) throws IOException {
    for (RawConnection connection : connections) {
      connection.close();
    }
  }
}
