package org.codepaygen.sample.cloud;

import org.codepaygen.annotations.UnknownCode;

/** How the customer pays at the terminal ({@code pay_scenario}); the constant names are the wire codes. */
public enum PayScenario {
  SWIPE_CARD,
  BSCANQR_PAY,
  SCANQR_PAY,
  /** A scenario this version of the client does not know. */
  @UnknownCode UNRECOGNISED
}
