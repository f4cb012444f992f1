package org.codepaygen.runtime.notification;

/**
 * The application's side of a {@link NotificationReceiver}: told of each verified notification once.
 *
 * <p>The gateway waits 5 seconds for the answer, and the answer {@code success} is sent only after
 * {@link #onNotification} returns. So the callback must record the outcome and return: no calls to slow remote
 * services, no waiting on locks held across requests, no sending of e-mails or receipts inline (queue them).
 * Throwing makes the receiver answer an error, and the gateway sends the notification again later.
 */
@FunctionalInterface
public interface NotificationListener {
  /**
   * Processes a notification that is verified and was not processed before.
   *
   * @throws Exception to refuse it for now: the gateway will deliver it again
   */
  void onNotification(VerifiedNotification notification) throws Exception;

  /** Told of a repeated delivery of a notification already processed; it is acknowledged again. Does nothing. */
  default void onDuplicate(VerifiedNotification notification) {}
}
