package org.codepaygen.spring.sample;

/** Where a shop order stands, as the shop knows it from the gateway's notifications. */
public enum OrderStatus {
  /** Sent to the hosted checkout; no notification yet. */
  AWAITING_PAYMENT,
  PAID,
  /** Declined, failed or expired on the checkout page. */
  NOT_PAID
}
