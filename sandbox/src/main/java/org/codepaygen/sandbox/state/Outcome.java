package org.codepaygen.sandbox.state;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * How the simulated terminal ends a transaction, chosen by the amount's last two digits in minor units (34.91 USD,
 * 1291 JPY) so that tests can reach every path: 91 declines, 92 fails, 93 never completes, anything else succeeds.
 * The customer's side adds its own endings: a failed challenge, an expired session.
 */
public enum Outcome {
  SUCCESS(null, null),
  DECLINED("CARD_DECLINED", "The card was declined by the issuer"),
  FAILED("TERMINAL_FAILURE", "The terminal could not complete the transaction"),
  NEVER_COMPLETES(null, null),
  /** The customer failed the 3-D Secure challenge. */
  AUTHENTICATION_FAILED("AUTHENTICATION_FAILED", "The customer did not pass 3-D Secure"),
  /** Nobody paid before the payment session expired. */
  EXPIRED("EXPIRED", "The customer did not pay before the payment expired");

  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  private final String errorCode;
  private final String errorMessage;

  Outcome(String errorCode, String errorMessage) {
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
  }

  /** The outcome for an amount already validated to have at most {@code fractionDigits} decimals. */
  public static Outcome forAmount(BigDecimal amount, int fractionDigits) {
    int lastTwo = amount.movePointRight(fractionDigits).toBigIntegerExact().mod(HUNDRED).intValue();
    return switch (lastTwo) {
      case 91 -> DECLINED;
      case 92 -> FAILED;
      case 93 -> NEVER_COMPLETES;
      default -> SUCCESS;
    };
  }

  String errorCode() {
    return errorCode;
  }

  String errorMessage() {
    return errorMessage;
  }
}
