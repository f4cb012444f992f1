package org.codepaygen.sandbox.gateway;

import java.math.BigDecimal;
import java.util.Currency;

/** Reads amounts and currencies: an amount has at most as many decimals as its ISO-4217 currency. */
final class Amounts {
  private Amounts() {}

  /** The number of decimals of a currency code that already matched {@link Field#CURRENCY}. */
  static int fractionDigits(String currency) throws GatewayException {
    try {
      int digits = Currency.getInstance(currency).getDefaultFractionDigits();
      if (digits >= 0) {
        return digits;
      }
    } catch (IllegalArgumentException unknown) {
      // reported below
    }
    throw new GatewayException(ErrorCode.INVALID_PARAMETER, "price_currency");
  }

  /**
   * An amount that already matched {@link Field#AMOUNT}, at the currency's scale.
   *
   * @param zeroAllowed whether 0 is a valid value (a tip), else the amount must be positive
   */
  static BigDecimal parse(WireRequest request, String name, int fractionDigits, boolean zeroAllowed)
      throws GatewayException {
    String text = request.value(name);
    if (text == null) {
      return null;
    }
    BigDecimal amount = new BigDecimal(text);
    if (amount.scale() > fractionDigits || (!zeroAllowed && amount.signum() == 0)) {
      throw new GatewayException(ErrorCode.INVALID_PARAMETER, name);
    }
    return amount.setScale(fractionDigits);
  }
}
