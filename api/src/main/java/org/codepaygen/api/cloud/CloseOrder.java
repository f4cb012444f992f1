package org.codepaygen.api.cloud;

import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;

/** Closes an order still waiting on the terminal ({@code wisehub.cloud.pay.close}). */
@CodePayModel
public interface CloseOrder {
  @MaxLength(32)
  String terminalSn();

  @MaxLength(32)
  String messageReceivingApplication();

  @MaxLength(32)
  String merchantOrderNo();

  @MaxLength(128)
  Optional<String> description();
}
