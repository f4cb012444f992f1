package org.codepaygen.sample.cloud;

import java.math.BigDecimal;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;

/** The gateway's answer to a pushed order. */
@CodePayModel
public interface OrderPushed {
  Optional<String> messageId();

  String transNo();

  Optional<String> terminalOnlineStatus();

  Optional<BigDecimal> transAmount();
}
