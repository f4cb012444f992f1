package org.codepaygen.sample.cloud;

import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;

/** Finds a transaction or a refund by the merchant's order number and/or the gateway's transaction number. */
@CodePayModel
public interface OrderQuery {
  @MaxLength(32)
  Optional<String> merchantOrderNo();

  @MaxLength(32)
  Optional<String> transNo();
}
