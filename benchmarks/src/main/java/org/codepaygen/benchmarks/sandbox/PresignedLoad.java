package org.codepaygen.benchmarks.sandbox;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.codepaygen.benchmarks.loopback.HttpHeads;

/**
 * The lightest load generator that still speaks HTTPS: each client thread keeps one TLS connection and sends the
 * same pre-signed request, reading only the answer's status and length. The clients share the sandbox's two
 * cores, so the less they do, the closer the figure is to the sandbox's own capacity; no client signs or verifies.
 * (OkHttp would also wait about 1 ms per POST in its pooled-connection health check.)
 */
final class PresignedLoad {
  private static final String SUCCESS = "\"code\":\"0\"";

  private final SSLContext tls;
  private final int port;
  private final byte[] request;

  PresignedLoad(SSLContext tls, int port, byte[] body) {
    this.tls = tls;
    this.port = port;
    String head = "POST /api/entry HTTP/1.1\r\nHost: localhost:" + port + "\r\nContent-Type: application/json\r\n"
        + "Accept: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    this.request = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, request, 0, headBytes.length);
    System.arraycopy(body, 0, request, headBytes.length, body.length);
  }

  /** Runs {@code clients} threads for the warm-up, then counts the answers of the measured period per second. */
  double requestsPerSecond(int clients, long warmupMillis, long measureMillis) throws InterruptedException {
    AtomicBoolean counting = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong answers = new AtomicLong();
    CountDownLatch done = new CountDownLatch(clients);
    List<Throwable> failures = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Thread client = new Thread(() -> {
        try {
          loop(counting, stop, answers);
        } catch (IOException | RuntimeException e) {
          synchronized (failures) {
            failures.add(e);
          }
        } finally {
          done.countDown();
        }
      }, "presigned-load-" + i);
      client.setDaemon(true);
      client.start();
    }
    Thread.sleep(warmupMillis);
    counting.set(true);
    long start = System.nanoTime();
    Thread.sleep(measureMillis);
    long counted = answers.get();
    double seconds = (System.nanoTime() - start) / 1e9;
    stop.set(true);
    done.await();
    if (!failures.isEmpty()) {
      throw new IllegalStateException("A load client failed", failures.get(0));
    }
    return counted / seconds;
  }

  private void loop(AtomicBoolean counting, AtomicBoolean stop, AtomicLong answers) throws IOException {
    try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket("localhost", port)) {
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      while (!stop.get()) {
        out.write(request);
        out.flush();
        String head = HttpHeads.read(in);
        if (head == null || !head.startsWith("HTTP/1.1 200")) {
          throw new IOException("The sandbox answered " + head);
        }
        // A gateway error is an HTTP 200 too; only a success counts.
        String answer = new String(in.readNBytes(HttpHeads.contentLength(head)), StandardCharsets.UTF_8);
        if (!answer.contains(SUCCESS)) {
          throw new IOException("The sandbox refused the request: " + answer);
        }
        if (counting.get()) {
          answers.incrementAndGet();
        }
      }
    }
  }
}
