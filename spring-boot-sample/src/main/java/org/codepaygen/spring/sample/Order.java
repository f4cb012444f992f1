package org.codepaygen.spring.sample;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One purchase in the shop.
 *
 * @param orderNo the shop's number, sent as {@code merchant_order_no}
 * @param transNo CodePay's transaction number, once a notification told it
 */
public record Order(
    String orderNo, String product, String currency, BigDecimal amount, OrderStatus status, Optional<String> transNo) {
  Order settled(OrderStatus outcome, String transNo) {
    return new Order(orderNo, product, currency, amount, outcome, Optional.of(transNo));
  }
}
