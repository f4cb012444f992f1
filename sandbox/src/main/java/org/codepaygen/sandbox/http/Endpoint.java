package org.codepaygen.sandbox.http;

import java.util.Set;
import org.codepaygen.sandbox.gateway.GatewayException;

/**
 * One path the sandbox serves. The server has already checked the method and read the body within its limits;
 * an endpoint only turns the request into a {@link Reply}. Adding a path is writing one of these and listing it in
 * {@link SandboxServer}.
 */
interface Endpoint {
  /**
   * The exact path, such as {@code /api/entry}; or, ending with {@code /}, a folder whose every direct child
   * path this endpoint answers ({@code /pay/} answers {@code /pay/TOKEN}).
   */
  String path();

  /** The methods answered; any other is refused with {@code E01001} before the body is read. */
  Set<String> methods();

  /** The largest body accepted; a larger one is refused with {@code E01003}. */
  int maxBodyBytes();

  /** The answer; a refusal is thrown and becomes a signed error body. */
  Reply answer(Received request) throws GatewayException;
}
