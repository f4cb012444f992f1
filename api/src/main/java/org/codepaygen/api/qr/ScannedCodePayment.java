package org.codepaygen.api.qr;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;
import org.codepaygen.annotations.Pattern;

/**
 * A payment from a wallet code you scanned ({@code bscanc.pay.submit}). Required: {@code auth_code},
 * {@code merchant_order_no}, {@code price_currency}, {@code order_amount} and {@code description}.
 */
@CodePayModel
public interface ScannedCodePayment {
  /** The 16 to 24 digits the customer's wallet code holds, as scanned. */
  @Pattern("[0-9]{16,24}")
  String authCode();

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

  /** The wallet to pay with, when you know it. */
  Optional<String> payMethodId();

  /** Seconds the payment may take. */
  Optional<Integer> expires();

  @MaxLength(128)
  Optional<String> attach();

  /** The terminal or till the payment is taken at. */
  @MaxLength(32)
  Optional<String> terminalSn();

  @MaxLength(64)
  Optional<String> termIp();

  @Pattern("-?[0-9]{1,3}(\\.[0-9]+)?")
  Optional<String> longitude();

  @Pattern("-?[0-9]{1,2}(\\.[0-9]+)?")
  Optional<String> latitude();

  @MaxLength(256)
  Optional<String> notifyUrl();

  /** Extra parameters agreed with CodePay, sent as a JSON-encoded object in the map's order. */
  Optional<Map<String, String>> extParams();
}
