package org.codepaygen.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;

/**
 * One TLS connection to the sandbox driven byte by byte, for what a well-behaved HTTP client never does: stay
 * silent, send half a request, trickle it, or send too much.
 */
final class RawConnection implements AutoCloseable {
  private final SSLSocket socket;
  private final InputStream in;
  private final OutputStream out;

  private RawConnection(SSLSocket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  /** Connects and completes the TLS handshake; reads wait at most {@code readTimeout}. */
  static RawConnection open(SSLContext tls, int port, Duration readTimeout) throws IOException {
    SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket("localhost", port);
    try {
      socket.setSoTimeout((int) readTimeout.toMillis());
      socket.startHandshake();
      return new RawConnection(socket);
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  /** The head of a POST to {@code path} announcing {@code contentLength} bytes, up to the blank line. */
  static String head(String path, int contentLength, String extraHeaders) {
    return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + contentLength + "\r\n" + extraHeaders + "\r\n";
  }

  void send(String text) throws IOException {
    send(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  void send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** The status and body of the next answer; the body is read by its Content-Length. */
  Reply read() throws IOException {
    String head = readHead();
    if (head == null) {
      throw new IOException("The connection closed before an answer");
    }
    int status = Integer.parseInt(head.substring(9, 12));
    int length = 0;
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).strip());
      }
    }
    return new Reply(status, head, in.readNBytes(length));
  }

  /**
   * Whether the server has closed this connection: reads until end of stream (any answer sent before is
   * skipped), for at most the read timeout. A reset or a TLS close counts as closed.
   */
  boolean closedByServer() throws IOException {
    try {
      while (in.read() >= 0) {
        // an answer sent before closing, such as a 408
      }
      return true;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    } catch (SocketException | SSLException reset) {
      return true;
    }
  }

  private String readHead() throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  record Reply(int status, String head, byte[] body) {}
}
