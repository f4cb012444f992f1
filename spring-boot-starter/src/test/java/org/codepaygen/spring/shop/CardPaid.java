package org.codepaygen.spring.shop;

import org.codepaygen.annotations.CodePayModel;

@CodePayModel
public interface CardPaid {
  String transNo();

  /** 2 when paid. */
  int transStatus();
}
