package online;

import org.codepaygen.annotations.CodePayModel;

@CodePayModel
public interface CheckoutPage {
  String payUrl();
}
