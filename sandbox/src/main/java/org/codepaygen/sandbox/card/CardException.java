package org.codepaygen.sandbox.card;

/** A card that does not decrypt or parse; the message says which rule failed, never a value, and has no cause. */
public final class CardException extends Exception {
  /** @param rule such as "card does not decrypt ..." or "card.pan fails the Luhn check" */
  public CardException(String rule) {
    super(rule, null, false, false);
  }
}
