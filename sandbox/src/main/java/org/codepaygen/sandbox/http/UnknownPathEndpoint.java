package org.codepaygen.sandbox.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.codepaygen.sandbox.gateway.ErrorCode;
import org.codepaygen.sandbox.gateway.GatewayException;

/** Every other path: a signed {@code E01005} rather than the server's bare 404 page. */
final class UnknownPathEndpoint extends GatewayEndpoint {
  /** The root context catches every path no other context takes; its own path is never a valid request path. */
  UnknownPathEndpoint(Responder responder) {
    super(responder, "", 0);
  }

  @Override
  ObjectNode process(ContentType contentType, byte[] body) throws GatewayException {
    throw new GatewayException(ErrorCode.UNKNOWN_PATH);
  }
}
