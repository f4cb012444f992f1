package org.codepaygen.runtime.error;

/**
 * The request may have reached the gateway, but no usable answer came back (a read timeout, a connection reset
 * after the body was written, a truncated answer). The payment may or may not have happened: query the order by its
 * {@code merchant_order_no} before trying again, and never create it a second time.
 */
public final class OutcomeUnknownException extends CodePayException {
  /** A call to {@code endpoint} failed with {@code cause} after its request may have left. */
  public OutcomeUnknownException(String endpoint, Throwable cause) {
    super(
        "The request may have reached CodePay but no answer arrived (" + cause + "). Its outcome is unknown: "
            + "query it by merchant_order_no before trying again.",
        endpoint,
        null,
        cause);
  }

  @Override
  public boolean isSafeToRetry() {
    return false;
  }
}
