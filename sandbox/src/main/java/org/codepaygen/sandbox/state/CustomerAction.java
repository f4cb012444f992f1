package org.codepaygen.sandbox.state;

/** What the customer does on a payment page. */
public enum CustomerAction {
  /** Pays (or passes the 3-D Secure challenge): the amount's magic digits then decide the outcome. */
  PAY,
  /** The card is declined (or the 3-D Secure challenge failed): the payment fails at once. */
  DECLINE,
  /** Leaves the page: nothing changes, the payment waits until it expires. */
  ABANDON
}
