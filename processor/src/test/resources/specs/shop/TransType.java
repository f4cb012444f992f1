package shop;

import org.codepaygen.annotations.UnknownCode;
import org.codepaygen.annotations.WireCode;

/** What the terminal should do with an order. */
public enum TransType {
  @WireCode("1") SALE,
  @WireCode("2") VOID,
  @WireCode("3") REFUND,
  @UnknownCode UNKNOWN
}
