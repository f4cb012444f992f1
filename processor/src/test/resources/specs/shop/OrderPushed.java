package shop;

import org.codepaygen.annotations.CodePayModel;

@CodePayModel
public interface OrderPushed {
  String messageId();

  String transNo();
}
