package org.codepaygen.api.cloud;

import java.math.BigDecimal;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;

/** Changes the tip of an unsettled payment ({@code tip.adjustment}). */
@CodePayModel
public interface AdjustTip {
  @MaxLength(32)
  String merchantOrderNo();

  /** The new tip, replacing the old one. */
  BigDecimal tipAdjustmentAmount();
}
