package org.codepaygen.runtime.error;

/**
 * A notification body is not one flat object of unique members in UTF-8 JSON or form encoding, is larger than the
 * limit, or lacks what every notification carries ({@code trans_no}, {@code trans_status}).
 */
public final class MalformedNotificationException extends NotificationException {
  /** The body was refused because of {@code problem}; answer it with {@code httpStatus} (400, 413 or 415). */
  public MalformedNotificationException(String problem, int httpStatus) {
    super(problem, httpStatus);
  }
}
