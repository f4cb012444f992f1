package org.codepaygen.api.online;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;
import org.codepaygen.annotations.Pattern;

/**
 * A payment on CodePay's hosted checkout page ({@code pay.checkout}). Required: {@code merchant_order_no},
 * {@code price_currency}, {@code order_amount}, {@code description}, {@code expires} and {@code return_url}.
 */
@CodePayModel
public interface HostedCheckout {
  /** Unique per merchant; buys exactly one payment attempt. */
  @MaxLength(32)
  @Pattern("[0-9A-Za-z_\\-|*@]+")
  String merchantOrderNo();

  /** ISO 4217 alphabetic code, such as {@code USD}. */
  @Pattern("[A-Z]{3}")
  String priceCurrency();

  /** In the currency's major unit, such as {@code 34.50}. */
  BigDecimal orderAmount();

  /** Shown to the customer on the payment page. */
  @MaxLength(128)
  String description();

  /** Seconds the page stays payable. */
  int expires();

  /** Where the customer's browser goes back to when the page is done. */
  @MaxLength(256)
  String returnUrl();

  /** Where the gateway posts the outcome. */
  @MaxLength(256)
  Optional<String> notifyUrl();

  /** Returned as is in queries and notifications. */
  @MaxLength(128)
  Optional<String> attach();

  /** The customer's IP address, for the acquirer's risk checks. */
  @MaxLength(64)
  Optional<String> termIp();

  /** The customer's position in decimal degrees, such as {@code -122.4194}. */
  @Pattern("-?[0-9]{1,3}(\\.[0-9]+)?")
  Optional<String> longitude();

  @Pattern("-?[0-9]{1,2}(\\.[0-9]+)?")
  Optional<String> latitude();

  /** Items, shipping and billing regions and payment options shown on the page: {@link OrderDetail#toJson()}. */
  Optional<String> orderDetail();

  /** Extra parameters agreed with CodePay, sent as a JSON-encoded object in the map's order. */
  Optional<Map<String, String>> extParams();
}
