package org.codepaygen.sandbox.notify;

import java.time.Duration;
import java.util.List;

/** What tests can see of the notifications: every one sent or still being sent, oldest first. */
public interface Notifications {
  List<Notification> all();

  /** Those answered with {@code success}. */
  List<Notification> delivered();

  /** Those still waiting for a next try. */
  List<Notification> pending();

  /**
   * Waits until at least {@code count} notifications are delivered, or the timeout passes.
   *
   * @return the delivered notifications at that moment
   */
  List<Notification> awaitDelivered(int count, Duration timeout) throws InterruptedException;

  /**
   * Sends a delivered notification once more, exactly as before, the way the gateway does when an acknowledgement
   * was lost on its way back, so that a receiver's duplicate handling can be seen at work. The try is counted; the
   * notification stays delivered whatever the answer.
   *
   * @throws IllegalArgumentException when no delivered notification has this id
   */
  void redeliver(long id);
}
