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
}
