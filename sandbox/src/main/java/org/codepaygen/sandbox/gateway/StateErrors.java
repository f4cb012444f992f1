package org.codepaygen.sandbox.gateway;

import org.codepaygen.sandbox.state.StateException;

/** Turns the order book's refusals into the gateway's error codes. */
final class StateErrors {
  private StateErrors() {}

  static GatewayException toGateway(StateException refused) {
    ErrorCode error = switch (refused.reason()) {
      case DUPLICATE_ORDER -> ErrorCode.DUPLICATE_ORDER;
      case NOT_FOUND -> ErrorCode.TRANSACTION_NOT_FOUND;
      case INVALID_STATUS -> ErrorCode.INVALID_TRANSACTION_STATUS;
      case AMOUNT_NOT_REFUNDABLE -> ErrorCode.AMOUNT_NOT_REFUNDABLE;
      case CURRENCY_MISMATCH -> ErrorCode.CURRENCY_MISMATCH;
    };
    return new GatewayException(error, refused.detail());
  }
}
