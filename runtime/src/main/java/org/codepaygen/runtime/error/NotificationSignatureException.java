package org.codepaygen.runtime.error;

/**
 * A notification's {@code sign} is missing or does not verify with the gateway public key over every received
 * member: anyone could have written it. Answered with HTTP 403.
 */
public final class NotificationSignatureException extends NotificationException {
  /** The notification was not trusted because of {@code problem}. */
  public NotificationSignatureException(String problem) {
    super(problem, 403);
  }
}
