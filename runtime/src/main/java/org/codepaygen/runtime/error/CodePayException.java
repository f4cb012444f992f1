package org.codepaygen.runtime.error;

/**
 * The root of every failure the CodePay runtime reports. Unchecked, so that synchronous calls read naturally and
 * {@code CompletableFuture} calls complete exceptionally with the same types.
 *
 * <p>Each instance carries the gateway method of the call ({@link #endpoint()}) and the gateway's request id
 * ({@link #psn()}) when the gateway gave one; both also appear in {@link #getMessage()}, so a logged message is
 * enough to ask CodePay for help. {@link #isSafeToRetry()} says whether sending the same request again can never
 * cause a second charge.
 */
public abstract class CodePayException extends RuntimeException {
  private final String endpoint;
  private final String psn;

  /** {@code endpoint} and {@code psn} may be {@code null}; both are appended to the message when present. */
  protected CodePayException(String description, String endpoint, String psn, Throwable cause) {
    super(describe(description, endpoint, psn), cause);
    this.endpoint = endpoint;
    this.psn = psn;
  }

  /** The gateway method being called, such as {@code "order.query"}, or {@code null} outside a call. */
  public String endpoint() {
    return endpoint;
  }

  /** The gateway's unique id for the request, or {@code null} when no verified answer carried one. */
  public String psn() {
    return psn;
  }

  /**
   * Whether the request certainly did not take effect, so sending it again is safe. When {@code false}, query the
   * order by its {@code merchant_order_no} before doing anything else.
   */
  public abstract boolean isSafeToRetry();

  private static String describe(String description, String endpoint, String psn) {
    if (endpoint == null && psn == null) {
      return description;
    }
    StringBuilder context = new StringBuilder(description).append(" [");
    if (endpoint != null) {
      context.append("method=").append(endpoint);
    }
    if (psn != null) {
      context.append(endpoint != null ? ", " : "").append("psn=").append(psn);
    }
    return context.append(']').toString();
  }
}
