package org.codepaygen.spring.autoconfigure;

import java.util.List;
import org.codepaygen.runtime.notification.NotificationListener;
import org.codepaygen.runtime.notification.VerifiedNotification;

/**
 * Hands each notification to every {@link NotificationListener} bean in order. One that throws stops the rest and
 * makes the gateway deliver the notification again, to all of them: listeners must be idempotent, as the protocol
 * asks of any receiver.
 */
final class NotificationListeners implements NotificationListener {
  private final List<NotificationListener> listeners;

  NotificationListeners(List<NotificationListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void onNotification(VerifiedNotification notification) throws Exception {
    for (NotificationListener listener : listeners) {
      listener.onNotification(notification);
    }
  }

  @Override
  public void onDuplicate(VerifiedNotification notification) {
    for (NotificationListener listener : listeners) {
      listener.onDuplicate(notification);
    }
  }
}
