package org.codepaygen.sample.cloud;

import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;

/** The gateway's answer to a close. */
@CodePayModel
public interface OrderClosed {
  Optional<String> messageId();

  Optional<String> transNo();
}
