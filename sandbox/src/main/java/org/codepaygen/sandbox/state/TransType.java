package org.codepaygen.sandbox.state;

/** The {@code trans_type} values the sandbox simulates (protocol §5); pre-authorisation (4 to 6) is not simulated. */
public enum TransType {
  SALE(1),
  VOID(2),
  REFUND(3);

  private final int code;

  TransType(int code) {
    this.code = code;
  }

  public int code() {
    return code;
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
