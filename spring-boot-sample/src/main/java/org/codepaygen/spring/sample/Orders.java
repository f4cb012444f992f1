package org.codepaygen.spring.sample;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The shop's orders, in memory: a real shop keeps them in its database. */
@Component
public class Orders {
  private final Map<String, Order> byNumber = new ConcurrentHashMap<>();

  /** A new order awaiting payment, under a fresh 32-character order number. */
  Order create(String product, String currency, BigDecimal amount) {
    String orderNo = UUID.randomUUID().toString().replace("-", "");
    Order order = new Order(orderNo, product, currency, amount, OrderStatus.AWAITING_PAYMENT, Optional.empty());
    byNumber.put(orderNo, order);
    return order;
  }

  public Optional<Order> find(String orderNo) {
    return Optional.ofNullable(byNumber.get(orderNo));
  }

  public Collection<Order> all() {
    return List.copyOf(byNumber.values());
  }

  /** Records the payment's outcome; an order already settled keeps its first outcome. */
  void settle(String orderNo, OrderStatus outcome, String transNo) {
    byNumber.computeIfPresent(orderNo, (number, order) ->
        order.status() == OrderStatus.AWAITING_PAYMENT ? order.settled(outcome, transNo) : order);
  }
}
