package org.codepaygen.api;

import org.codepaygen.annotations.UnknownCode;
import org.codepaygen.annotations.WireCode;

/** Where a transaction stands ({@code trans_status}). */
public enum TransStatus {
  /** Created, not started (pushed to the terminal, or waiting for the customer online); it can still be closed. */
  @WireCode("9") PUSHED,
  /** The customer is paying. */
  @WireCode("0") IN_PROGRESS,
  /** Closed or failed; {@code trans_error_code} says why. */
  @WireCode("1") FAILED,
  @WireCode("2") SUCCESS,
  @WireCode("3") CANCELLED,
  /** A status this version of the client does not know. */
  @UnknownCode UNRECOGNISED;

  /** Whether the transaction can still change by itself: poll again, or wait for the notification. */
  public boolean isPending() {
    return this == PUSHED || this == IN_PROGRESS;
  }
}
