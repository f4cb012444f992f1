package org.codepaygen.sandbox.pages;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * What the checkout form's card fields lead to. The card is checked as a card network would (Luhn digit, an expiry
 * {@code MM/YY} not in the past, a 3- or 4-digit security code), then the test card numbers choose the path; any
 * other valid card is approved. Nothing of the card is kept: the caller gets only the path.
 */
enum CardEntry {
  APPROVED,
  DECLINED,
  /** The issuer asks for 3-D Secure before it decides. */
  CHALLENGED;

  static final String NUMBER = "card_number";
  static final String EXPIRY = "card_expiry";
  static final String CVV = "card_cvv";
  static final String HOLDER = "card_holder";

  private static final String DECLINED_CARD = "4000000000000002";
  private static final String CHALLENGED_CARD = "4000000000003220";

  /** The path of the posted card, or empty when a field breaks its rule. */
  static Optional<CardEntry> of(Map<String, String> form, Clock clock) {
    String number = form.getOrDefault(NUMBER, "").replace(" ", "").replace("-", "");
    String expiry = form.getOrDefault(EXPIRY, "").replace(" ", "");
    String cvv = form.getOrDefault(CVV, "").strip();
    if (!number.matches("[0-9]{12,19}") || !luhn(number) || !cvv.matches("[0-9]{3,4}")
        || !notPast(expiry, clock)) {
      return Optional.empty();
    }
    return Optional.of(switch (number) {
      case DECLINED_CARD -> DECLINED;
      case CHALLENGED_CARD -> CHALLENGED;
      default -> APPROVED;
    });
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }

  /** {@code MM/YY} or {@code MMYY}; a card is good through the last day of its month (UTC). */
  private static boolean notPast(String expiry, Clock clock) {
    String digits = expiry.replace("/", "");
    if (!digits.matches("(0[1-9]|1[0-2])[0-9]{2}") || expiry.indexOf('/') != expiry.lastIndexOf('/')) {
      return false;
    }
    YearMonth card = YearMonth.of(2000 + Integer.parseInt(digits.substring(2)), Integer.parseInt(digits, 0, 2, 10));
    return !card.isBefore(YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)));
  }
}
