package org.codepaygen.sandbox.card;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.codepaygen.runtime.json.CodePayJson;

/**
 * A decrypted card (protocol §9): {@code {"card_type", "pan", "expiry" (MMYY), "cvv", "holder"}}. Only what the
 * sandbox decides with is kept: which test card it is and its brand. Nothing of it is ever printed.
 */
public final class Card {
  /** How the sandbox's test cards behave; every other valid card behaves like {@link #SUCCEEDS}. */
  public enum Behaviour {
    /** 4242424242424242: paid, subject to the magic amounts. */
    SUCCEEDS,
    /** 4000000000000002: declined by the issuer. */
    DECLINED,
    /** 4000000000003220: paid once the customer passes 3-D Secure. */
    CHALLENGE
  }

  private static final Pattern PAN = Pattern.compile("[0-9]{12,19}");
  private static final Pattern EXPIRY = Pattern.compile("(0[1-9]|1[0-2])[0-9]{2}");
  private static final Pattern CVV = Pattern.compile("[0-9]{3,4}");
  private static final Pattern CARD_TYPE = Pattern.compile("CREDIT|DEBIT");
  private static final int MAX_HOLDER = 64;

  private final Behaviour behaviour;
  private final String brand;

  private Card(Behaviour behaviour, String brand) {
    this.behaviour = behaviour;
    this.brand = brand;
  }

  /**
   * Reads the card JSON and checks it: {@code pan} 12 to 19 digits with a valid Luhn digit, {@code expiry} MMYY
   * not before this month (UTC), {@code cvv} 3 or 4 digits; {@code card_type} CREDIT or DEBIT and {@code holder}
   * at most 64 characters when present. Unknown members are ignored.
   */
  public static Card parse(byte[] plaintext, Clock clock) throws CardException {
    JsonNode json;
    try {
      json = CodePayJson.mapper().readTree(plaintext);
    } catch (IOException e) {
      // Jackson's message quotes the input: it must go no further.
      json = null;
    }
    if (json == null || !json.isObject()) {
      throw new CardException("card does not hold the card JSON object");
    }
    String pan = text(json, "pan", true);
    if (!PAN.matcher(pan).matches()) {
      throw new CardException("card.pan must be 12 to 19 digits");
    }
    if (!luhnValid(pan)) {
      throw new CardException("card.pan fails the Luhn check");
    }
    String expiry = text(json, "expiry", true);
    if (!EXPIRY.matcher(expiry).matches()) {
      throw new CardException("card.expiry must be MMYY");
    }
    YearMonth expires =
        YearMonth.of(2000 + Integer.parseInt(expiry.substring(2)), Integer.parseInt(expiry.substring(0, 2)));
    if (expires.isBefore(YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)))) {
      throw new CardException("card.expiry is past");
    }
    if (!CVV.matcher(text(json, "cvv", true)).matches()) {
      throw new CardException("card.cvv must be 3 or 4 digits");
    }
    String cardType = text(json, "card_type", false);
    if (cardType != null && !CARD_TYPE.matcher(cardType).matches()) {
      throw new CardException("card.card_type must be CREDIT or DEBIT");
    }
    String holder = text(json, "holder", false);
    if (holder != null && holder.length() > MAX_HOLDER) {
      throw new CardException("card.holder is longer than " + MAX_HOLDER);
    }
    return new Card(behaviour(pan), brand(pan));
  }

  private static String text(JsonNode json, String name, boolean required) throws CardException {
    JsonNode value = json.get(name);
    if (value == null || value.isNull()) {
      if (required) {
        throw new CardException("card." + name + " is missing");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw new CardException("card." + name + " must be a string");
    }
    return value.textValue();
  }

  static boolean luhnValid(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }

  private static Behaviour behaviour(String pan) {
    return switch (pan) {
      case "4000000000000002" -> Behaviour.DECLINED;
      case "4000000000003220" -> Behaviour.CHALLENGE;
      default -> Behaviour.SUCCEEDS;
    };
  }

  private static String brand(String pan) {
    if (pan.startsWith("4")) {
      return "VISA";
    }
    if (pan.startsWith("34") || pan.startsWith("37")) {
      return "AMEX";
    }
    int two = Integer.parseInt(pan.substring(0, 2));
    return two >= 51 && two <= 55 ? "MASTERCARD" : "CARD";
  }

  public Behaviour behaviour() {
    return behaviour;
  }

  /** The {@code pay_method_id} of a payment with this card: VISA, MASTERCARD, AMEX or CARD. */
  public String brand() {
    return brand;
  }

  @Override
  public String toString() {
    return "Card[" + brand + ", " + behaviour + "]";
  }
}
