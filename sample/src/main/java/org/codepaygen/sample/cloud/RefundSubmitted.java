package org.codepaygen.sample.cloud;

import java.math.BigDecimal;
import org.codepaygen.annotations.CodePayModel;

/** The gateway's answer to a refund. */
@CodePayModel
public interface RefundSubmitted {
  String transNo();

  BigDecimal transAmount();
}
