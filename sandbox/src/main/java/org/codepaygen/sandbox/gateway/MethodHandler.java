package org.codepaygen.sandbox.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Carries out one API method on a request that passed every check. */
@FunctionalInterface
interface MethodHandler {
  /** Returns the business result for {@code data}, or {@code null} for an envelope-only answer. */
  ObjectNode handle(WireRequest request) throws GatewayException;
}
