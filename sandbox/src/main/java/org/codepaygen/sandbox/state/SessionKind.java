package org.codepaygen.sandbox.state;

/** What the customer does on a {@link CustomerSession}'s page. */
public enum SessionKind {
  /** A hosted checkout or payment link ({@code pay_url} of {@code pay.checkout} and {@code pay.unifiedorder}). */
  CHECKOUT,
  /** A QR code the customer scans ({@code qrcode_url} of {@code cscanb.pay.getqrcode}). */
  QR_CODE,
  /** The card issuer's challenge ({@code redirect_url_3dsecure} of {@code pay.merchant.checkout}). */
  THREE_D_SECURE
}
