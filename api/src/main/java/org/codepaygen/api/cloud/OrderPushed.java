package org.codepaygen.api.cloud;

import java.math.BigDecimal;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;

/** The terminal was asked; the customer has not paid yet. Follow {@link #transNo()} with a query. */
@CodePayModel
public interface OrderPushed {
  Optional<String> messageId();

  String transNo();

  /** {@code 1} when the terminal was online. */
  Optional<String> terminalOnlineStatus();

  Optional<BigDecimal> transAmount();
}
