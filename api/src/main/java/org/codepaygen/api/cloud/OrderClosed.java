package org.codepaygen.api.cloud;

import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;

/** The order was closed before the customer paid. */
@CodePayModel
public interface OrderClosed {
  Optional<String> messageId();

  Optional<String> transNo();
}
