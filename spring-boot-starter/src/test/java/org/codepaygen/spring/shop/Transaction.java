package org.codepaygen.spring.shop;

import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;

@CodePayModel
public interface Transaction {
  String transNo();

  Optional<String> merchantOrderNo();
}
