package org.codepaygen.runtime.card;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;
import javax.security.auth.Destroyable;
import org.codepaygen.runtime.error.ValidationException;

/**
 * A customer's card, as a {@code pay.merchant.checkout} request carries it. The client encrypts it with the
 * configured {@link CardEncryption} while it encodes the request and then {@linkplain #destroy() destroys} it, so
 * build one per attempt, straight from the payment form.
 *
 * <p>The card number must pass the Luhn check and the expiry month must not be over (UTC) — checked when built and
 * again just before encrypting. Nothing here ever prints the card: {@code toString()} shows {@code CardDetails[****]},
 * exceptions name the field and the rule only, and the values are held in arrays that are zeroed on
 * {@link #destroy()} (best effort: the JVM may have copied them, and the {@code String}s you passed in are yours).
 */
@JsonSerialize(using = CardDetailsSerializer.class)
public final class CardDetails implements Destroyable {
  private static final String MODEL = "CardDetails";

  private final CardType cardType;
  private final char[] pan;
  private final char[] cvv;
  private final char[] holder;
  private YearMonth expiry;
  private boolean destroyed;

  private CardDetails(Builder builder) {
    this.cardType = builder.cardType;
    this.pan = builder.pan;
    this.cvv = builder.cvv;
    this.holder = builder.holder;
    this.expiry = builder.expiry;
  }

  /** Starts a card; {@code cardType} is {@link CardType#CREDIT} unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Zeroes the card number, security code and holder name; the card cannot be sent afterwards. */
  @Override
  public synchronized void destroy() {
    Arrays.fill(pan, '\0');
    Arrays.fill(cvv, '\0');
    Arrays.fill(holder, '\0');
    expiry = null;
    destroyed = true;
  }

  @Override
  public synchronized boolean isDestroyed() {
    return destroyed;
  }

  /** Never shows the card. */
  @Override
  public String toString() {
    return "CardDetails[****]";
  }

  /**
   * Hands the plaintext fields to {@code writer}, after checking again that the card has not expired meanwhile.
   *
   * @throws IllegalStateException when the card was destroyed (it was already sent once)
   */
  synchronized void writeTo(PlaintextWriter writer, Clock clock) {
    if (destroyed) {
      throw new IllegalStateException(
          "These CardDetails were destroyed after an earlier attempt; build new CardDetails for each checkout");
    }
    checkNotExpired(expiry, clock);
    writer.write(cardType, pan, expiry, cvv, holder);
  }

  /** Receives the plaintext fields for the time of one call. */
  @FunctionalInterface
  interface PlaintextWriter {
    void write(CardType cardType, char[] pan, YearMonth expiry, char[] cvv, char[] holder);
  }

  private static void checkNotExpired(YearMonth expiry, Clock clock) {
    if (expiry.isBefore(YearMonth.now(clock.withZone(ZoneOffset.UTC)))) {
      throw new ValidationException(MODEL, "expiry", "NOT_EXPIRED", "the card's expiry month is over (UTC)");
    }
  }

  /** Collects a card's fields; {@link #build()} checks them. */
  public static final class Builder {
    private CardType cardType = CardType.CREDIT;
    private char[] pan;
    private char[] cvv;
    private char[] holder = new char[0];
    private YearMonth expiry;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    public Builder cardType(CardType cardType) {
      this.cardType = Objects.requireNonNull(cardType, "cardType");
      return this;
    }

    /** The card number: 12 to 19 digits, spaces allowed between them. */
    public Builder pan(CharSequence pan) {
      this.pan = digitsOf(pan);
      return this;
    }

    /** The last month the card is valid in. */
    public Builder expiry(YearMonth expiry) {
      this.expiry = Objects.requireNonNull(expiry, "expiry");
      return this;
    }

    /** The security code: 3 or 4 digits. */
    public Builder cvv(CharSequence cvv) {
      this.cvv = digitsOf(cvv);
      return this;
    }

    /** The name on the card; optional. */
    public Builder holder(CharSequence holder) {
      this.holder = charsOf(Objects.requireNonNull(holder, "holder"));
      return this;
    }

    /** The clock the expiry is checked against; the system UTC clock by default. For tests. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @throws ValidationException naming the field and the rule (REQUIRED, CARD_NUMBER, LUHN, NOT_EXPIRED, CVV or
     *     BMP_ONLY), never the value
     */
    public CardDetails build() {
      StringBuilder missing = new StringBuilder();
      if (pan == null) missing.append("pan");
      if (expiry == null) missing.append(missing.length() > 0 ? ", " : "").append("expiry");
      if (cvv == null) missing.append(missing.length() > 0 ? ", " : "").append("cvv");
      if (missing.length() > 0) {
        throw new ValidationException(MODEL, missing.toString(), "REQUIRED", "required, and not set");
      }
      if (pan.length < 12 || pan.length > 19 || !allDigits(pan)) {
        throw new ValidationException(MODEL, "pan", "CARD_NUMBER", "a card number has 12 to 19 digits");
      }
      if (!luhnValid(pan)) {
        throw new ValidationException(MODEL, "pan", "LUHN", "the check digit does not match; the number was mistyped");
      }
      if (cvv.length < 3 || cvv.length > 4 || !allDigits(cvv)) {
        throw new ValidationException(MODEL, "cvv", "CVV", "a security code has 3 or 4 digits");
      }
      for (char c : holder) {
        if (Character.isSurrogate(c)) {
          throw new ValidationException(MODEL, "holder", "BMP_ONLY",
              "CodePay accepts only characters of 1 to 3 UTF-8 bytes, and the name has one outside them");
        }
      }
      checkNotExpired(expiry, clock);
      return new CardDetails(this);
    }

    private static char[] digitsOf(CharSequence text) {
      Objects.requireNonNull(text);
      char[] out = new char[text.length()];
      int n = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c != ' ') {
          out[n++] = c;
        }
      }
      char[] digits = Arrays.copyOf(out, n);
      Arrays.fill(out, '\0');
      return digits;
    }

    private static char[] charsOf(CharSequence text) {
      char[] out = new char[text.length()];
      for (int i = 0; i < out.length; i++) {
        out[i] = text.charAt(i);
      }
      return out;
    }
  }

  private static boolean allDigits(char[] chars) {
    for (char c : chars) {
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The Luhn (mod 10) check over all digits, the last being the check digit. */
  static boolean luhnValid(char[] digits) {
    int sum = 0;
    for (int i = digits.length - 1, position = 0; i >= 0; i--, position++) {
      int d = digits[i] - '0';
      if (position % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
