package org.codepaygen.sandbox.pages;

import org.codepaygen.runtime.Language;
import org.codepaygen.sandbox.state.CustomerSession;

/** The hosted checkout of a {@code pay_url}: the order, a card form, and buttons to pay, decline or abandon. */
final class CheckoutPage {
  private CheckoutPage() {}

  /** The form, with {@code cardRejected} saying why the last card was not taken (status 422) or not (200). */
  static Page render(CustomerSession session, Language language, boolean cardRejected) {
    return Layout.page(cardRejected ? 422 : 200, language, PageText.CHECKOUT_TITLE.in(language),
        session.returnUrl(), html -> {
          OrderSummary.write(html, session, language);
          html.open("form", "method", "post", "id", "checkout");
          if (cardRejected) {
            html.element("p", PageText.CARD_REJECTED.in(language), "class", "error", "id", "card-error",
                "role", "alert");
          }
          field(html, CardEntry.NUMBER, PageText.CARD_NUMBER.in(language), "cc-number", "4242 4242 4242 4242",
              "[0-9 \\-]{12,23}");
          html.open("div", "class", "row").open("div");
          field(html, CardEntry.EXPIRY, PageText.CARD_EXPIRY.in(language), "cc-exp", "12/34",
              "(0[1-9]|1[0-2]) ?/? ?[0-9]{2}");
          html.close("div").open("div");
          field(html, CardEntry.CVV, PageText.CARD_CVV.in(language), "cc-csc", "123", "[0-9]{3,4}");
          html.close("div").close("div");
          field(html, CardEntry.HOLDER, PageText.CARD_HOLDER.in(language), "cc-name", null, null);
          html.element("p", PageText.TEST_CARDS.in(language), "class", "hint", "id", "test-cards");
          html.element("button", PageText.PAY.in(language) + " " + OrderSummary.amount(session.transaction()),
              "type", "submit", "class", "primary", "id", "pay", "name", CustomerPages.ACTION,
              "value", CustomerPages.PAY);
          // The other two buttons need no card: formnovalidate lets them past the card fields' checks.
          html.element("button", PageText.DECLINE.in(language), "type", "submit", "id", "decline",
              "name", CustomerPages.ACTION, "value", CustomerPages.DECLINE, "formnovalidate", "formnovalidate");
          html.element("button", PageText.ABANDON.in(language), "type", "submit", "id", "abandon",
              "name", CustomerPages.ACTION, "value", CustomerPages.ABANDON, "formnovalidate", "formnovalidate");
          html.close("form");
        });
  }

  /** A labelled input; {@code pattern} makes it a required numeric field, {@code null} an optional text one. */
  private static void field(Html html, String name, String label, String autocomplete, String placeholder,
      String pattern) {
    html.element("label", label, "for", name);
    if (pattern == null) {
      html.empty("input", "id", name, "name", name, "autocomplete", autocomplete);
    } else {
      html.empty("input", "id", name, "name", name, "autocomplete", autocomplete, "placeholder", placeholder,
          "inputmode", "numeric", "pattern", pattern, "required", "required");
    }
  }
}
