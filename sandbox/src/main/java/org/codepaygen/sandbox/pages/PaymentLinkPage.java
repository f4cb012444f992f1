package org.codepaygen.sandbox.pages;

import org.codepaygen.runtime.Language;
import org.codepaygen.sandbox.state.CustomerSession;

/**
 * The page of a {@code pay.unifiedorder} payment link: the order, the wallet it is paid with, and buttons that do
 * what the wallet app would (pay or decline) or go back to the shop.
 */
final class PaymentLinkPage {
  private PaymentLinkPage() {}

  static Page render(CustomerSession session, Language language) {
    return Layout.page(200, language, PageText.PAYMENT_LINK_TITLE.in(language), session.returnUrl(), html -> {
      OrderSummary.write(html, session, language);
      html.open("dl").element("dt", PageText.WALLET.in(language))
          .element("dd", session.transaction().payMethodId(), "id", "wallet").close("dl");
      html.open("form", "method", "post", "id", "payment-link")
          .element("button", PageText.PAY_WITH_WALLET.in(language), "type", "submit", "class", "primary",
              "id", "pay", "name", CustomerPages.ACTION, "value", CustomerPages.PAY)
          .element("button", PageText.DECLINE.in(language), "type", "submit", "id", "decline",
              "name", CustomerPages.ACTION, "value", CustomerPages.DECLINE)
          .element("button", PageText.ABANDON.in(language), "type", "submit", "id", "abandon",
              "name", CustomerPages.ACTION, "value", CustomerPages.ABANDON)
          .close("form");
    });
  }
}
