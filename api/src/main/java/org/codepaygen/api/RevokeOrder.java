package org.codepaygen.api;

import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;

/** Undoes a payment whose outcome you do not know ({@code order.revoker}). */
@CodePayModel
public interface RevokeOrder {
  @MaxLength(32)
  String merchantOrderNo();
}
