package org.codepaygen.runtime.error;

/**
 * The request never left the client: the connection was refused, the host name did not resolve, or the TLS
 * handshake failed. Nothing reached the gateway, so sending the same request again is safe.
 */
public final class RequestNotSentException extends CodePayException {
  /** A call to {@code endpoint} failed with {@code cause} before its request left. */
  public RequestNotSentException(String endpoint, Throwable cause) {
    super("The request was not sent (" + cause + "); it is safe to retry.", endpoint, null, cause);
  }

  @Override
  public boolean isSafeToRetry() {
    return true;
  }
}
