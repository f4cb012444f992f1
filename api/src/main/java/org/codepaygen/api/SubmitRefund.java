package org.codepaygen.api;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;
import org.codepaygen.annotations.Pattern;

/**
 * Refunds all or part of a successful payment ({@code order.refund.submit}), whichever way it was made. Name the
 * payment by {@link #origMerchantOrderNo()} or {@link #origTransNo()}; the refund gets a {@code merchant_order_no}
 * of its own. Several partial refunds may follow one payment, up to what was paid.
 */
@CodePayModel
public interface SubmitRefund {
  /** The payment to refund, by your order number. */
  @MaxLength(32)
  Optional<String> origMerchantOrderNo();

  /** The payment to refund, by the gateway's transaction number. */
  @MaxLength(32)
  Optional<String> origTransNo();

  /** A new order number for the refund itself; unique per merchant. */
  @MaxLength(32)
  @Pattern("[0-9A-Za-z_\\-|*@]+")
  String merchantOrderNo();

  /** ISO 4217 alphabetic code of the original payment, such as {@code USD}. */
  @Pattern("[A-Z]{3}")
  String priceCurrency();

  /** The original order's amount. */
  BigDecimal orderAmount();

  /** How much to give back; at most what was paid and not refunded yet. */
  BigDecimal transAmount();

  @MaxLength(128)
  Optional<String> description();

  /** Where the gateway posts the refund's outcome. */
  @MaxLength(256)
  Optional<String> notifyUrl();

  /** Extra parameters agreed with CodePay, sent as a JSON-encoded object in the map's order. */
  Optional<Map<String, String>> extParams();
}
