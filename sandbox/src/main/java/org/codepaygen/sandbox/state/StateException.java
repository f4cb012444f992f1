package org.codepaygen.sandbox.state;

/** An operation the order book refuses, with the reason the gateway turns into an error code. */
public final class StateException extends Exception {
  /** Why the operation was refused. */
  public enum Reason {
    DUPLICATE_ORDER,
    NOT_FOUND,
    INVALID_STATUS,
    AMOUNT_NOT_REFUNDABLE,
    CURRENCY_MISMATCH
  }

  private final Reason reason;

  StateException(Reason reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  /** What was refused, in English, without merchant data beyond parameter names. */
  public String detail() {
    return getMessage();
  }
}
