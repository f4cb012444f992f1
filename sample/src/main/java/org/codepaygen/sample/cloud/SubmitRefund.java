package org.codepaygen.sample.cloud;

import java.math.BigDecimal;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;
import org.codepaygen.annotations.Pattern;

/** Refunds a successful payment ({@code order.refund.submit}). */
@CodePayModel
public interface SubmitRefund {
  /** The payment to refund. */
  @MaxLength(32)
  String origMerchantOrderNo();

  /** A new order number for the refund itself. */
  @MaxLength(32)
  @Pattern("[0-9A-Za-z_\\-|*@]+")
  String merchantOrderNo();

  @Pattern("[A-Z]{3}")
  String priceCurrency();

  /** The original order's amount. */
  BigDecimal orderAmount();

  /** How much to give back; at most what was paid. */
  BigDecimal transAmount();

  @MaxLength(128)
  Optional<String> description();

  @MaxLength(256)
  Optional<String> notifyUrl();
}
