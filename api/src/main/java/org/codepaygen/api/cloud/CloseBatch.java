package org.codepaygen.api.cloud;

import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;

/** Closes a terminal's batch ({@code batch.close}). */
@CodePayModel
public interface CloseBatch {
  @MaxLength(32)
  String terminalSn();
}
