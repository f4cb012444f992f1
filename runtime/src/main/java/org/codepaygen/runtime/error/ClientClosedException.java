package org.codepaygen.runtime.error;

/**
 * A call was made on a {@code CodePayClient} that had been closed. It was refused before anything was signed or
 * sent, so the same request is safe to send through a client that is open.
 */
public final class ClientClosedException extends RequestNotSentException {
  /** A call to {@code endpoint} was refused because its client is closed. */
  public ClientClosedException(String endpoint) {
    super("The CodePayClient is closed, so the request was not sent; it is safe to send it through an open client.",
        endpoint, null, null);
  }
}
