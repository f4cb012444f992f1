package org.codepaygen.spring.shop;

import org.codepaygen.annotations.UnknownCode;
import org.codepaygen.annotations.WireCode;

public enum TransType {
  @WireCode("1") SALE,
  @UnknownCode UNRECOGNISED
}
