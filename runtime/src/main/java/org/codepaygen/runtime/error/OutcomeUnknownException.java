package org.codepaygen.runtime.error;

/**
 * The request may have reached the gateway, but no usable answer came back (a read timeout, a connection reset
 * after the body was written, a truncated answer). The payment may or may not have happened: query the order by its
 * {@code merchant_order_no} before trying again, and never create it a second time. There is no gateway psn; the
 * {@link #requestId()} is the id to give CodePay's support.
 */
public final class OutcomeUnknownException extends CodePayException {
  /**
   * A call to {@code endpoint} failed with {@code cause} after its request, sent with the {@code Http-Request-Psn}
   * {@code requestId}, may have left.
   */
  public OutcomeUnknownException(String endpoint, String requestId, Throwable cause) {
    super(
        "The request may have reached CodePay but no answer arrived (" + cause + "). Its outcome is unknown: "
            + "query it by merchant_order_no before trying again"
            + (requestId == null ? "." : "; CodePay's support can find it by its Http-Request-Psn " + requestId + "."),
        endpoint,
        null,
        requestId,
        cause);
  }

  @Override
  public boolean isSafeToRetry() {
    return false;
  }
}
