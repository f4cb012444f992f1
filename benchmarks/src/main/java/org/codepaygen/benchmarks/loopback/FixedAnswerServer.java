package org.codepaygen.benchmarks.loopback;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A plain-HTTP/1.1 loopback server that answers every request with the same bytes, so that a per-call figure
 * measures the client and not a gateway. TLS is left out on purpose: both clients would pay the same record
 * encryption, which only dilutes the difference being measured.
 *
 * <p>Hand-rolled, one blocking thread per keep-alive connection, because the off-the-shelf choices distort the
 * figure: the JDK's {@code HttpServer} took about 2.5 ms per keep-alive request here (it hands each idle connection
 * back to its selector thread), and MockWebServer records every request, growing the heap over millions of calls.
 */
public final class FixedAnswerServer implements AutoCloseable {
  private final ServerSocket listener;
  private final byte[] response;

  private FixedAnswerServer(ServerSocket listener, byte[] answer) {
    this.listener = listener;
    String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + answer.length + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    this.response = new byte[headBytes.length + answer.length];
    System.arraycopy(headBytes, 0, response, 0, headBytes.length);
    System.arraycopy(answer, 0, response, headBytes.length, answer.length);
  }

  /** Starts accepting on a free loopback port, on daemon threads. */
  public static FixedAnswerServer start(byte[] answer) throws IOException {
    FixedAnswerServer server =
        new FixedAnswerServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), answer);
    daemon(server::acceptLoop, "fixed-answer-accept").start();
    return server;
  }

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      try {
        Socket connection = listener.accept();
        daemon(() -> serve(connection), "fixed-answer-connection").start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      // The whole answer goes out in one write; without TCP_NODELAY it could wait for a delayed ACK.
      connection.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(connection.getInputStream());
      OutputStream out = connection.getOutputStream();
      String head;
      while ((head = HttpHeads.read(in)) != null) {
        in.skipNBytes(HttpHeads.contentLength(head));
        out.write(response);
      }
    } catch (IOException e) {
      if (!listener.isClosed()) {
        throw new UncheckedIOException(e);
      }
    }
  }


  /** {@code http://127.0.0.1:PORT/}, for clients allowed cleartext on loopback. */
  public String baseUrl() {
    return "http://127.0.0.1:" + listener.getLocalPort() + "/";
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}
