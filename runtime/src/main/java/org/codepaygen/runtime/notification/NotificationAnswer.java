package org.codepaygen.runtime.notification;

/**
 * What a receiver answers the gateway: HTTP 200 with the plain text {@code success} once a notification is verified
 * and processed (or recognised as processed before), anything else to have it sent again later. The body of a
 * refusal names the reason only, never anything from the notification.
 *
 * @param status the HTTP status
 * @param body the plain-text body
 */
public record NotificationAnswer(int status, String body) {
  /** The acknowledgement the gateway waits for. */
  public static final NotificationAnswer SUCCESS = new NotificationAnswer(200, "success");
  /** The answer's {@code Content-Type}. */
  public static final String CONTENT_TYPE = "text/plain; charset=UTF-8";

  /** A refusal: the gateway keeps the notification and tries again on its schedule. */
  public static NotificationAnswer refusal(int status, String reason) {
    if (status == 200) {
      throw new IllegalArgumentException("A refusal cannot have status 200");
    }
    return new NotificationAnswer(status, reason);
  }

  /** Whether this is the acknowledgement. */
  public boolean acknowledges() {
    return equals(SUCCESS);
  }
}
