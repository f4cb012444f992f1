package org.codepaygen.api.online;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;
import org.codepaygen.annotations.Pattern;

/**
 * A web or wallet payment link ({@code pay.unifiedorder}). Required: {@code merchant_order_no},
 * {@code price_currency}, {@code order_amount} and {@code description}.
 */
@CodePayModel
public interface UnifiedOrder {
  /** Unique per merchant; buys exactly one payment attempt. */
  @MaxLength(32)
  @Pattern("[0-9A-Za-z_\\-|*@]+")
  String merchantOrderNo();

  /** ISO 4217 alphabetic code, such as {@code USD}. */
  @Pattern("[A-Z]{3}")
  String priceCurrency();

  BigDecimal orderAmount();

  /** What the customer pays, when it differs from the order amount (a discount, say). */
  Optional<BigDecimal> transAmount();

  @MaxLength(128)
  String description();

  /** The customer's device kind, as CodePay names it (for example {@code WEB} or {@code WAP}). */
  Optional<String> terminalType();

  /** Seconds the link stays payable. */
  Optional<Integer> expires();

  /** The wallet or method to pay with. */
  Optional<String> payMethodId();

  Optional<String> subPayMethodId();

  @MaxLength(128)
  Optional<String> attach();

  /** Where the customer's browser goes back to after paying. */
  @MaxLength(256)
  Optional<String> returnUrl();

  @MaxLength(256)
  Optional<String> notifyUrl();

  /** The customer's operating system, such as {@code IOS} or {@code ANDROID}. */
  Optional<String> osType();

  @MaxLength(64)
  Optional<String> termIp();

  /** The customer's browser {@code User-Agent}. */
  @MaxLength(512)
  Optional<String> browserHeadUserAgent();

  /** The payment page's language, such as {@code en}. */
  Optional<String> language();

  /** WeChat Pay's product type, for WeChat payments. */
  Optional<String> wechatpayProductType();

  /** The merchant's WeChat app id, for WeChat in-app and mini-program payments. */
  Optional<String> subAppid();

  /** The customer's WeChat open id under {@link #subAppid()}. */
  Optional<String> subOpenid();

  /** Extra parameters agreed with CodePay, sent as a JSON-encoded object in the map's order. */
  Optional<Map<String, String>> extParams();
}
