package org.codepaygen.sandbox.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import org.codepaygen.sandbox.gateway.ErrorCode;
import org.codepaygen.sandbox.gateway.GatewayException;
import org.codepaygen.runtime.Language;
import org.codepaygen.sandbox.gateway.AcceptLanguage;

/**
 * What every path shares: POST only, a bounded body, the answer's language, and turning refusals and surprises
 * into signed error bodies. Subclasses read their own body format and hand it to the gateway.
 */
abstract class GatewayEndpoint implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(GatewayEndpoint.class.getName());

  private final Responder responder;
  private final String path;
  private final int maxBodyBytes;

  /** @param path the one path served; the server's contexts would also pass longer paths that start with it */
  GatewayEndpoint(Responder responder, String path, int maxBodyBytes) {
    this.responder = responder;
    this.path = path;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Returns the {@code data} member, or {@code null} for none. */
  abstract ObjectNode process(ContentType contentType, byte[] body) throws GatewayException;

  @Override
  public final void handle(HttpExchange exchange) throws IOException {
    Language language = AcceptLanguage.pick(exchange.getRequestHeaders().getFirst("Accept-Language"));
    try (exchange) {
      try {
        if (!exchange.getRequestURI().getPath().equals(path)) {
          throw new GatewayException(ErrorCode.UNKNOWN_PATH);
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
          throw new GatewayException(ErrorCode.METHOD_NOT_ALLOWED);
        }
        ContentType contentType = ContentType.parse(exchange.getRequestHeaders().getFirst("Content-Type"));
        responder.success(exchange, process(contentType, readBody(exchange)));
      } catch (GatewayException refused) {
        responder.failure(exchange, language, refused);
      } catch (RuntimeException unexpected) {
        // The message may hold request data; the stack trace says where without it.
        LOG.log(System.Logger.Level.ERROR, "Request failed with " + unexpected.getClass().getName(), unexpected);
        responder.failure(exchange, language, new GatewayException(ErrorCode.INTERNAL_ERROR));
      }
    }
  }

  private byte[] readBody(HttpExchange exchange) throws IOException, GatewayException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(maxBodyBytes + 1);
      if (body.length > maxBodyBytes) {
        throw new GatewayException(ErrorCode.BODY_TOO_LARGE);
      }
      return body;
    }
  }
}
