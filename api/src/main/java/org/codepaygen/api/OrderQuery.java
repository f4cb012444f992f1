package org.codepaygen.api;

import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;

/**
 * Finds a payment or a refund ({@code order.query}, {@code order.refund.query}): by your {@code merchant_order_no},
 * the gateway's {@code trans_no}, or both. Set at least one.
 */
@CodePayModel
public interface OrderQuery {
  @MaxLength(32)
  Optional<String> merchantOrderNo();

  @MaxLength(32)
  Optional<String> transNo();
}
