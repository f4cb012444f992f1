package org.codepaygen.example.modular;

import java.math.BigDecimal;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;
import org.codepaygen.annotations.Pattern;

/** A sale pushed to a payment terminal. */
@CodePayModel
public interface PushOrder {
  @MaxLength(32)
  String terminalSn();

  @MaxLength(32)
  String messageReceivingApplication();

  String payScenario();

  @MaxLength(32)
  @Pattern("[0-9A-Za-z_\\-|*@]+")
  String merchantOrderNo();

  @Pattern("[A-Z]{3}")
  String priceCurrency();

  BigDecimal orderAmount();

  String transType();
}
