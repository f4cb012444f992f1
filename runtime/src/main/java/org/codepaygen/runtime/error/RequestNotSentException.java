package org.codepaygen.runtime.error;

/**
 * The request never left the client: the connection was refused, the host name did not resolve, the TLS handshake
 * failed, the call was cancelled or timed out before its connection was ready, OkHttp's dispatcher refused to run
 * it, the request could not be encoded, or the client was closed ({@link ClientClosedException}). Nothing reached
 * the gateway, so sending the same request again is safe.
 */
public class RequestNotSentException extends CodePayException {
  /**
   * A call to {@code endpoint} failed with {@code cause} before its request left; {@code requestId} is the
   * {@code Http-Request-Psn} it would have carried, or {@code null} when no HTTP request was made.
   */
  public RequestNotSentException(String endpoint, String requestId, Throwable cause) {
    this("The request was not sent (" + cause + "); it is safe to retry"
        + (requestId == null ? "." : ". If CodePay's support asks, it was Http-Request-Psn " + requestId + "."),
        endpoint, requestId, cause);
  }

  /** For subclasses that describe why nothing was sent themselves; {@code cause} may be {@code null}. */
  protected RequestNotSentException(String description, String endpoint, String requestId, Throwable cause) {
    super(description, endpoint, null, requestId, cause);
  }

  @Override
  public final boolean isSafeToRetry() {
    return true;
  }
}
