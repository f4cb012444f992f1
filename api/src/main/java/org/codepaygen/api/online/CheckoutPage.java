package org.codepaygen.api.online;

import org.codepaygen.annotations.CodePayModel;

/** The hosted checkout page was created: send the customer's browser to {@link #payUrl()}. */
@CodePayModel
public interface CheckoutPage {
  /** CodePay's page for this payment. Redirect to it; do not render it inside your own page. */
  String payUrl();
}
