package org.codepaygen.runtime.card;

/** The kind of card, sent as {@code card_type} inside the encrypted card data. */
public enum CardType {
  CREDIT,
  DEBIT
}
