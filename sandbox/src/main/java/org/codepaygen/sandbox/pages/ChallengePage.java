package org.codepaygen.sandbox.pages;

import org.codepaygen.runtime.Language;
import org.codepaygen.sandbox.state.CustomerSession;

/**
 * The card issuer's 3-D Secure challenge: the order and two buttons, approve or fail. It is the page of a
 * {@code redirect_url_3dsecure}, and what a hosted checkout answers when the card asks for a challenge.
 */
final class ChallengePage {
  private ChallengePage() {}

  static Page render(CustomerSession session, Language language) {
    return Layout.page(200, language, PageText.THREE_DS_TITLE.in(language), session.returnUrl(), html -> {
      html.element("p", PageText.THREE_DS_EXPLAIN.in(language), "id", "challenge");
      OrderSummary.write(html, session, language);
      html.open("form", "method", "post", "id", "three-d-secure")
          .element("button", PageText.THREE_DS_APPROVE.in(language), "type", "submit", "class", "primary",
              "id", "approve", "name", CustomerPages.ACTION, "value", CustomerPages.APPROVE)
          .element("button", PageText.THREE_DS_FAIL.in(language), "type", "submit", "id", "fail",
              "name", CustomerPages.ACTION, "value", CustomerPages.FAIL)
          .close("form");
    });
  }
}
