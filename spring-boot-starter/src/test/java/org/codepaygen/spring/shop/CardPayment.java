package org.codepaygen.spring.shop;

import java.math.BigDecimal;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.Sensitive;
import org.codepaygen.runtime.card.CardDetails;

/** A {@code pay.merchant.checkout} request with only its required members. */
@CodePayModel
public interface CardPayment {
  String merchantOrderNo();

  String priceCurrency();

  BigDecimal orderAmount();

  String description();

  int expires();

  String returnUrl();

  @Sensitive
  CardDetails card();
}
