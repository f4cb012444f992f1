package org.codepaygen.api.online;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;
import org.codepaygen.annotations.Pattern;
import org.codepaygen.annotations.Sensitive;
import org.codepaygen.runtime.card.CardDetails;

/**
 * A card payment from your own card form ({@code pay.merchant.checkout}). Required: {@code merchant_order_no},
 * {@code price_currency}, {@code order_amount}, {@code description}, {@code expires}, {@code return_url} and the
 * {@link #card()}. The client adds {@code enc_type}; do not set it.
 */
@CodePayModel
public interface MerchantCheckout {
  /** Unique per merchant; buys exactly one payment attempt. */
  @MaxLength(32)
  @Pattern("[0-9A-Za-z_\\-|*@]+")
  String merchantOrderNo();

  /** ISO 4217 alphabetic code, such as {@code USD}. */
  @Pattern("[A-Z]{3}")
  String priceCurrency();

  /** In the currency's major unit, such as {@code 34.50}. */
  BigDecimal orderAmount();

  @MaxLength(128)
  String description();

  /** Seconds the payment (3-D Secure included) may take. */
  int expires();

  /** Where the customer's browser comes back to after 3-D Secure. */
  @MaxLength(256)
  String returnUrl();

  /**
   * The customer's card, encrypted by the client while it sends the request (protocol §9) and destroyed after: build
   * new {@code CardDetails} for every attempt.
   */
  @Sensitive
  CardDetails card();

  @MaxLength(256)
  Optional<String> notifyUrl();

  @MaxLength(128)
  Optional<String> attach();

  /** The customer's IP address, for the acquirer's risk checks. */
  @MaxLength(64)
  Optional<String> termIp();

  @Pattern("-?[0-9]{1,3}(\\.[0-9]+)?")
  Optional<String> longitude();

  @Pattern("-?[0-9]{1,2}(\\.[0-9]+)?")
  Optional<String> latitude();

  /** The billing address as one line of text. */
  @MaxLength(256)
  Optional<String> billingAddress();

  /** The shipping address as one line of text. */
  @MaxLength(256)
  Optional<String> shippingAddress();

  /** Extra parameters agreed with CodePay, sent as a JSON-encoded object in the map's order. */
  Optional<Map<String, String>> extParams();
}
