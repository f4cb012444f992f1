package org.codepaygen.sandbox.state;

/** The protocol's {@code trans_status} values (protocol §5). */
public final class TransStatus {
  /** Pushed to the terminal, not started: the only status that can be closed. */
  public static final int PUSHED = 9;
  /** Closed or failed; {@code trans_error_code} says why. */
  public static final int CLOSED_OR_FAILED = 1;
  public static final int SUCCESS = 2;
  /** A successful payment that was voided afterwards. */
  public static final int CANCELLED = 3;

  private TransStatus() {}
}
