package org.codepaygen.api.online;

/** A way to pay that a hosted checkout page may offer or hide ({@code allow_options}, {@code disallow_options}). */
public enum PaymentOption {
  CARD("Card"),
  APPLE_PAY("ApplePay"),
  GOOGLE_PAY("GooglePay");

  private final String wireName;

  PaymentOption(String wireName) {
    this.wireName = wireName;
  }

  /** The name CodePay uses, such as {@code ApplePay}. */
  public String wireName() {
    return wireName;
  }
}
