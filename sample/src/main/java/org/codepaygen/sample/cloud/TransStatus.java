package org.codepaygen.sample.cloud;

import org.codepaygen.annotations.UnknownCode;
import org.codepaygen.annotations.WireCode;

/** Where a transaction stands ({@code trans_status}). */
public enum TransStatus {
  /** Pushed to the terminal, not started; it can still be closed. */
  @WireCode("9") PUSHED,
  /** The customer is paying at the terminal. */
  @WireCode("0") IN_PROGRESS,
  /** Closed or failed; {@code trans_error_code} says why. */
  @WireCode("1") FAILED,
  @WireCode("2") SUCCESS,
  @WireCode("3") CANCELLED,
  /** A status this version of the client does not know. */
  @UnknownCode UNRECOGNISED;

  /** Whether the transaction can still change by itself. */
  public boolean isPending() {
    return this == PUSHED || this == IN_PROGRESS;
  }
}
