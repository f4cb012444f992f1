package org.codepaygen.sandbox.pages;

import org.codepaygen.sandbox.state.CustomerSession;

/**
 * Renders what the customer sees at a {@code pay_url}, {@code qrcode_url} or {@code redirect_url_3dsecure}. The
 * sandbox owns the routes and the state: a page only shows a session and, while it is {@link
 * CustomerSession#open() open}, offers the customer's choices as a form posting {@value #ACTION} (one of
 * {@value #PAY}, {@value #DECLINE}, {@value #ABANDON}) back to the page's own URL. Every merchant text shown must be
 * escaped: it is unchecked input.
 */
public interface CustomerPages {
  /** The form field that carries the customer's choice. */
  String ACTION = "action";
  /** Pay, or pass the 3-D Secure challenge. */
  String PAY = "pay";
  /** Have the card declined, or fail the 3-D Secure challenge. */
  String DECLINE = "decline";
  /** Leave without paying; the payment waits until it expires. */
  String ABANDON = "abandon";

  /** The page of a session in any state: open (with the form), paid, failed, expired or closed. */
  String session(CustomerSession session);

  /** The page for a token the sandbox does not know (never issued, or forgotten). */
  String notFound();
}
