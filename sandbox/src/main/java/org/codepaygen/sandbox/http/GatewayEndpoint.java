package org.codepaygen.sandbox.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.codepaygen.sandbox.gateway.GatewayException;
import org.codepaygen.sandbox.gateway.WireRequest;

/**
 * What the gateway's API paths share: POST only, a bounded body, and a signed JSON answer. Subclasses read their
 * own body format and hand it to the gateway.
 */
abstract class GatewayEndpoint implements Endpoint {
  private static final Set<String> POST = Set.of("POST");

  private final Responder responder;
  private final String path;
  private final int maxBodyBytes;

  GatewayEndpoint(Responder responder, String path, int maxBodyBytes) {
    this.responder = responder;
    this.path = path;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Returns the {@code data} member, or {@code null} for none. */
  abstract ObjectNode process(ContentType contentType, byte[] body, WireRequest.Headers headers)
      throws GatewayException;

  @Override
  public final String path() {
    return path;
  }

  @Override
  public final Set<String> methods() {
    return POST;
  }

  @Override
  public final int maxBodyBytes() {
    return maxBodyBytes;
  }

  @Override
  public final Reply answer(Received request) throws GatewayException {
    return responder.success(process(request.contentType(), request.body(), request.headers()));
  }
}
