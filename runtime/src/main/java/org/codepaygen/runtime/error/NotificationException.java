package org.codepaygen.runtime.error;

/**
 * A notification POSTed to the merchant's server was refused before anything in it was used: it was not handed to
 * the application. {@link #httpStatus()} is the status to answer with, so that the gateway sends it again later.
 * Messages never quote a signature, nor any value of a body that was not verified.
 */
public abstract class NotificationException extends CodePayException {
  private final int httpStatus;

  NotificationException(String problem, int httpStatus) {
    super("The notification was refused: " + problem, null, null, null);
    this.httpStatus = httpStatus;
  }

  /** The HTTP status the receiver answers with: 400, 403, 413 or 415. */
  public int httpStatus() {
    return httpStatus;
  }

  /** Nothing was handed to the application, so the gateway sending it again is harmless. */
  @Override
  public boolean isSafeToRetry() {
    return true;
  }
}
