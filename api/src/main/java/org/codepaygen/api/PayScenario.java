package org.codepaygen.api;

import org.codepaygen.annotations.UnknownCode;

/** How the customer pays at a terminal ({@code pay_scenario}); the constant names are the wire codes. */
public enum PayScenario {
  /** A card: swiped, inserted or tapped. */
  SWIPE_CARD,
  /** The terminal scans the customer's wallet code. */
  BSCANQR_PAY,
  /** The customer scans a code the terminal shows. */
  SCANQR_PAY,
  /** A scenario this version of the client does not know. */
  @UnknownCode UNRECOGNISED
}
