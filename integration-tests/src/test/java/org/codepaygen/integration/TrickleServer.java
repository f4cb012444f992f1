package org.codepaygen.integration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-connection-at-a-time HTTP/1.1 server that reads each request whole at full speed, sends the answer's
 * headers at once and then trickles its body: {@code bytesPerChunk} bytes every {@code pause} milliseconds.
 * (MockWebServer's {@code throttleBody} also throttles reading the request, so it cannot model this alone.)
 */
final class TrickleServer implements AutoCloseable {
  private final ServerSocket socket;
  private final AtomicInteger requests = new AtomicInteger();
  private final Thread thread;

  TrickleServer(String body, int bytesPerChunk, long pauseMillis) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    thread = new Thread(() -> {
      while (!socket.isClosed()) {
        try (Socket connection = socket.accept()) {
          readRequest(connection.getInputStream());
          requests.incrementAndGet();
          OutputStream out = connection.getOutputStream();
          out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
              + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
          for (int i = 0; i < bytes.length; i += bytesPerChunk) {
            out.write(bytes, i, Math.min(bytesPerChunk, bytes.length - i));
            out.flush();
            Thread.sleep(pauseMillis);
          }
        } catch (IOException | InterruptedException e) {
          // the client gave up, or the server is closing
        }
      }
    }, "trickle-server");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  /** Requests read whole so far. */
  int requestCount() {
    return requests.get();
  }

  private static void readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed before the end of the headers");
      }
      head.write(b);
    }
    int length = 0;
    for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    in.readNBytes(length);
  }

  @Override
  public void close() throws IOException {
    socket.close();
    thread.interrupt();
  }
}
