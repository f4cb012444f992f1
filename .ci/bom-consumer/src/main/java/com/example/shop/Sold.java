package com.example.shop;

import org.codepaygen.annotations.CodePayModel;

@CodePayModel
public interface Sold {
  String transNo();
}
