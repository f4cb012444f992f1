package org.codepaygen.sandbox.state;

/** The protocol's {@code trans_type} values (protocol §5, §8). */
public enum TransType {
  SALE(1),
  VOID(2),
  REFUND(3),
  /** Reserves an amount on the card; taken by a completion, released by a cancel. */
  PRE_AUTH(4),
  PRE_AUTH_CANCEL(5),
  PRE_AUTH_COMPLETION(6);

  private final int code;

  TransType(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** Whether money was taken, so that it can be voided, refunded or revoked: a sale or a pre-auth completion. */
  public boolean isPayment() {
    return this == SALE || this == PRE_AUTH_COMPLETION;
  }

  /** Whether it gives back (part of) a payment: a void or a refund. */
  public boolean isReversal() {
    return this == VOID || this == REFUND;
  }

  /** Whether it acts on an earlier transaction named by {@code orig_merchant_order_no}. */
  public boolean needsOriginal() {
    return this != SALE && this != PRE_AUTH;
  }

  /** The type with this wire code, or {@code null}. */
  public static TransType of(int code) {
    for (TransType type : values()) {
      if (type.code == code) {
        return type;
      }
    }
    return null;
  }
}
