package org.codepaygen.benchmarks.loopback;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Just enough HTTP/1.1 framing for the benchmark's own server and load generator: heads and Content-Length. */
public final class HttpHeads {
  private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};

  private HttpHeads() {}

  /** The start line and headers, or {@code null} when the peer closed the connection before a new message. */
  public static String read(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder(512);
    int matched = 0;
    while (matched < HEAD_END.length) {
      int next = in.read();
      if (next < 0) {
        return null;
      }
      head.append((char) next);
      matched = next == HEAD_END[matched] ? matched + 1 : (next == '\r' ? 1 : 0);
    }
    return head.toString();
  }

  /** The Content-Length of a head; 0 when it has none. */
  public static int contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    return 0;
  }
}
