package org.codepaygen.spring.shop;

import org.codepaygen.annotations.CodePayApi;
import org.codepaygen.annotations.Endpoint;

/** The application's card payments, whose card the client encrypts as {@code codepay.aes-key} says. */
@CodePayApi
public interface CardDesk {
  @Endpoint("pay.merchant.checkout")
  CardPaid payByCard(CardPayment payment);
}
