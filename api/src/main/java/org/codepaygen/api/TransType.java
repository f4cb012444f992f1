package org.codepaygen.api;

import org.codepaygen.annotations.UnknownCode;
import org.codepaygen.annotations.WireCode;

/** What a transaction is ({@code trans_type}). */
public enum TransType {
  @WireCode("1") SALE,
  /** Cancels a sale of the same day before it is settled; needs {@code orig_merchant_order_no}. */
  @WireCode("2") VOID,
  /** Gives back all or part of a sale; needs {@code orig_merchant_order_no}. */
  @WireCode("3") REFUND,
  /** Reserves an amount on the customer's card without taking it. */
  @WireCode("4") PRE_AUTH,
  /** Releases a pre-authorisation; needs {@code orig_merchant_order_no}. Only once, and never after completion. */
  @WireCode("5") PRE_AUTH_CANCEL,
  /**
   * Takes at most the pre-authorised amount; needs {@code orig_merchant_order_no}. Only once, and never after a
   * cancel.
   */
  @WireCode("6") PRE_AUTH_COMPLETION,
  /** A type this version of the client does not know. */
  @UnknownCode UNRECOGNISED
}
