package org.codepaygen.api;

import java.math.BigDecimal;
import org.codepaygen.annotations.CodePayModel;

/** The gateway took the refund; follow it with {@link Payments#queryRefund} or its notification. */
@CodePayModel
public interface RefundSubmitted {
  String transNo();

  BigDecimal transAmount();
}
