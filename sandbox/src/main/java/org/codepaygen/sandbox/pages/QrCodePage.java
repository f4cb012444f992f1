package org.codepaygen.sandbox.pages;

import org.codepaygen.runtime.Language;
import org.codepaygen.sandbox.state.CustomerSession;

/**
 * The page of a {@code qrcode_url}: a scannable QR code of that same URL (what a wallet app would open), the order,
 * and a button that does what the customer's scan would.
 */
final class QrCodePage {
  private static final int PIXELS = 264;

  private QrCodePage() {}

  static Page render(CustomerSession session, String qrCodeUrl, Language language) {
    return Layout.page(200, language, PageText.QR_TITLE.in(language), null, html -> {
      QrCodeSvg.of(qrCodeUrl).writeTo(html, PIXELS, PageText.QR_TITLE.in(language));
      html.element("p", PageText.QR_EXPLAIN.in(language), "class", "hint");
      OrderSummary.write(html, session, language);
      html.open("form", "method", "post", "id", "qr-code")
          .element("button", PageText.QR_SIMULATE.in(language), "type", "submit", "class", "primary",
              "id", "simulate-scan", "name", CustomerPages.ACTION, "value", CustomerPages.PAY)
          .close("form");
    });
  }
}
