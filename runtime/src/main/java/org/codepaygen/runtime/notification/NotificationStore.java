package org.codepaygen.runtime.notification;

/**
 * Remembers which notifications were handed to the application, by {@link VerifiedNotification#deliveryKey()}, so
 * that the gateway's repeated deliveries are acknowledged without being processed twice. A delivery is first
 * claimed, then completed once the application processed it, or released when it failed so that the gateway's next
 * try processes it. Implementations are thread-safe; one shared by several servers (see
 * {@link JdbcNotificationStore}) makes them agree.
 */
public interface NotificationStore {
  /** What a claim found. */
  enum Claim {
    /** Nobody had claimed the key: the caller now holds it and must complete or release it. */
    CLAIMED,
    /** The notification was processed before: acknowledge it again, do not process it. */
    ALREADY_PROCESSED,
    /** Someone else is processing it right now: answer so that the gateway tries again later. */
    IN_PROGRESS
  }

  /** Claims {@code deliveryKey} for processing. */
  Claim claim(String deliveryKey);

  /** Records that the claimed notification was processed. */
  void complete(String deliveryKey);

  /** Gives up a claim after processing failed, so that the next delivery is processed. */
  void release(String deliveryKey);
}
