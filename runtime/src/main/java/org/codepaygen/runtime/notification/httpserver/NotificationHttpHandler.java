package org.codepaygen.runtime.notification.httpserver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.codepaygen.runtime.notification.NotificationAnswer;
import org.codepaygen.runtime.notification.NotificationReceiver;

/**
 * A {@code notify_url} on the JDK's own HTTP server ({@code com.sun.net.httpserver}, no dependency): POSTs go to the
 * {@link NotificationReceiver}, and its answer is sent back as plain text. Other methods get 405. The server's
 * default executor is a single thread: give it a pool so that one slow callback does not hold the others.
 *
 * <pre>{@code
 * HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 8080), 0);
 * server.createContext("/codepay/notify", new NotificationHttpHandler(receiver));   // behind an HTTPS proxy
 * server.setExecutor(Executors.newFixedThreadPool(8));
 * server.start();
 * }</pre>
 */
public final class NotificationHttpHandler implements HttpHandler {
  private static final long DISCARD_LIMIT = 1 << 20;

  private final NotificationReceiver receiver;

  /** Answers every request with what {@code receiver} makes of it. */
  public NotificationHttpHandler(NotificationReceiver receiver) {
    this.receiver = receiver;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      NotificationAnswer answer;
      if (exchange.getRequestMethod().equals("POST")) {
        answer = receiver.receive(exchange.getRequestBody(), declaredLength(exchange),
            exchange.getRequestHeaders().getFirst("Content-Type"));
        discardUnread(exchange.getRequestBody());
      } else {
        exchange.getResponseHeaders().set("Allow", "POST");
        answer = NotificationAnswer.refusal(405, "notifications are POSTed");
      }
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", NotificationAnswer.CONTENT_TYPE);
      exchange.sendResponseHeaders(answer.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } finally {
      exchange.close();
    }
  }

  /**
   * Drops what the receiver left unread (a refused oversized body), up to a bound. The JDK server drains only
   * 64 KiB itself and then closes with bytes unread, which resets the connection: the sender would lose the answer.
   */
  private static void discardUnread(InputStream body) throws IOException {
    // read, not skip: the JDK's request stream passes skip() to the socket, past the end of the body.
    byte[] buffer = new byte[8192];
    long left = DISCARD_LIMIT;
    int read;
    while (left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
      left -= read;
    }
  }

  /** The Content-Length, or -1 when it is absent or not a number (the reader then caps what it reads). */
  private static long declaredLength(HttpExchange exchange) {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    try {
      return length == null ? -1 : Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
