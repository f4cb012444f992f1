package org.codepaygen.spring.shop;

import org.codepaygen.annotations.CodePayModel;

@CodePayModel
public interface OrderPushed {
  String transNo();
}
