package org.codepaygen.spring.shop;

import java.math.BigDecimal;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;

/** A sale pushed to a terminal. */
@CodePayModel
public interface PushOrder {
  @MaxLength(32)
  String terminalSn();

  @MaxLength(32)
  String messageReceivingApplication();

  @MaxLength(32)
  String payScenario();

  @MaxLength(32)
  String merchantOrderNo();

  @MaxLength(3)
  String priceCurrency();

  BigDecimal orderAmount();

  TransType transType();

  @MaxLength(256)
  Optional<String> notifyUrl();
}
