package com.example.shop;

import java.math.BigDecimal;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;

@CodePayModel
public interface Sale {
  @MaxLength(32)
  String merchantOrderNo();

  BigDecimal orderAmount();
}
