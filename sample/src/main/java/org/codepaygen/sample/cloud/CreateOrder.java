package org.codepaygen.sample.cloud;

import java.math.BigDecimal;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;
import org.codepaygen.annotations.Pattern;

/** An order pushed to a terminal ({@code wisehub.cloud.pay.order}). */
@CodePayModel
public interface CreateOrder {
  /** The terminal's serial number. */
  @MaxLength(32)
  String terminalSn();

  /** The terminal application that receives the order, usually {@code "CodePay Register"}. */
  @MaxLength(32)
  String messageReceivingApplication();

  PayScenario payScenario();

  /** Unique per merchant; buys exactly one payment attempt. */
  @MaxLength(32)
  @Pattern("[0-9A-Za-z_\\-|*@]+")
  String merchantOrderNo();

  /** ISO 4217 alphabetic code, such as {@code USD}. */
  @Pattern("[A-Z]{3}")
  String priceCurrency();

  /** In the currency's major unit, such as {@code 34.50}. */
  BigDecimal orderAmount();

  Optional<BigDecimal> tipAmount();

  TransType transType();

  /** The order a void or refund applies to. */
  @MaxLength(32)
  Optional<String> origMerchantOrderNo();

  @MaxLength(128)
  Optional<String> description();

  /** Returned as is in queries and notifications. */
  @MaxLength(128)
  Optional<String> attach();

  /** Where the gateway posts the result. */
  @MaxLength(256)
  Optional<String> notifyUrl();

  /** Seconds the terminal waits for the customer. */
  Optional<Integer> expires();
}
