package org.codepaygen.sample.cloud;

import org.codepaygen.annotations.UnknownCode;
import org.codepaygen.annotations.WireCode;

/** What an order asks the terminal to do ({@code trans_type}). */
public enum TransType {
  @WireCode("1") SALE,
  @WireCode("2") VOID,
  @WireCode("3") REFUND,
  @WireCode("4") PRE_AUTH,
  @WireCode("5") PRE_AUTH_CANCEL,
  @WireCode("6") PRE_AUTH_COMPLETION,
  /** A type this version of the client does not know. */
  @UnknownCode UNRECOGNISED
}
