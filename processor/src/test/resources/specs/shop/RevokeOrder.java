package shop;

import org.codepaygen.annotations.CodePayModel;

@CodePayModel
public interface RevokeOrder {
  String merchantOrderNo();
}
