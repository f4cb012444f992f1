package org.codepaygen.sample.cloud;

import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;

/** Undoes a payment of unknown outcome ({@code order.revoker}). */
@CodePayModel
public interface RevokeOrder {
  @MaxLength(32)
  String merchantOrderNo();
}
