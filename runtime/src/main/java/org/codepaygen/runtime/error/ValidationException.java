package org.codepaygen.runtime.error;

/**
 * A value broke one of CodePay's formatting rules before anything was signed or sent. Names the model, the property
 * and the rule, so the message alone says what to fix.
 */
public final class ValidationException extends CodePayException {
  private final String model;
  private final String property;
  private final String rule;

  /** {@code model.property} broke {@code rule}; {@code detail} says how, without echoing the value. */
  public ValidationException(String model, String property, String rule, String detail) {
    super(model + "." + property + " breaks rule " + rule + ": " + detail, null, null, null);
    this.model = model;
    this.property = property;
    this.rule = rule;
  }

  /** The simple name of the model interface, such as {@code "CreateOrder"}. */
  public String model() {
    return model;
  }

  /** The Java name of the property, such as {@code "merchantOrderNo"}; several names joined by ", " for REQUIRED. */
  public String property() {
    return property;
  }

  /**
   * The rule's id: REQUIRED, BMP_ONLY, MAX_LENGTH, PATTERN, WHOLE_SECONDS, KNOWN_CODE or NULL_ITEM; for card details
   * also CARD_NUMBER, LUHN, CVV or NOT_EXPIRED.
   */
  public String rule() {
    return rule;
  }

  /** Nothing was sent. */
  @Override
  public boolean isSafeToRetry() {
    return true;
  }
}
