package org.codepaygen.spring.sample;

import org.codepaygen.api.TransType;
import org.codepaygen.api.Transaction;
import org.codepaygen.runtime.notification.NotificationListener;
import org.codepaygen.runtime.notification.VerifiedNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Settles orders from the gateway's notifications, which the starter's endpoint ({@code codepay.notifications.path})
 * has verified and hands over once each.
 */
@Component
class PaymentNotifications implements NotificationListener {
  private static final Logger log = LoggerFactory.getLogger(PaymentNotifications.class);

  private final Orders orders;

  PaymentNotifications(Orders orders) {
    this.orders = orders;
  }

  @Override
  public void onNotification(VerifiedNotification notification) {
    Transaction transaction = notification.as(Transaction.class);
    Order order = transaction.merchantOrderNo().flatMap(orders::find).orElse(null);
    if (order == null || transaction.transType() != TransType.SALE) {
      // Acknowledged, so the gateway stops sending it: nothing of this shop's changes.
      log.info("Notification of transaction {} concerns no order of this shop", notification.transNo());
      return;
    }
    // A signed notification may still be about another amount than this order's: then refuse it.
    notification.checkOrder(order.currency(), order.amount());
    switch (transaction.transStatus()) {
      case SUCCESS -> orders.settle(order.orderNo(), OrderStatus.PAID, notification.transNo());
      case FAILED, CANCELLED -> orders.settle(order.orderNo(), OrderStatus.NOT_PAID, notification.transNo());
      default -> { } // still pending: a later notification settles it
    }
  }
}
