package org.codepaygen.spring.shop;

import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;

@CodePayModel
public interface OrderQuery {
  @MaxLength(32)
  Optional<String> merchantOrderNo();
}
