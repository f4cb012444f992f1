package org.codepaygen.sandbox.pages;

import org.codepaygen.runtime.Language;

/**
 * A page that only tells: the outcome of the customer's choice when there is no {@code return_url} to go back to,
 * or why a link can no longer be used, under the status that says the same to a program.
 */
enum NoticePage {
  PAID(200, PageText.PAID_TITLE, null),
  FAILED(200, PageText.FAILED_TITLE, null),
  ABANDONED(200, PageText.ABANDONED_TITLE, null),
  PROCESSING(200, PageText.PROCESSING_TITLE, PageText.PROCESSING_EXPLAIN),
  UNKNOWN(404, PageText.UNKNOWN_TITLE, PageText.UNKNOWN_EXPLAIN),
  EXPIRED(410, PageText.EXPIRED_TITLE, PageText.EXPIRED_EXPLAIN),
  ALREADY_PAID(409, PageText.ALREADY_PAID_TITLE, PageText.ALREADY_PAID_EXPLAIN),
  CLOSED(409, PageText.CLOSED_TITLE, PageText.CLOSED_EXPLAIN),
  BAD_FORM(400, PageText.BAD_FORM_TITLE, PageText.BAD_FORM_EXPLAIN);

  private final int status;
  private final PageText title;
  private final PageText explanation;

  NoticePage(int status, PageText title, PageText explanation) {
    this.status = status;
    this.title = title;
    this.explanation = explanation;
  }

  Page render(Language language) {
    return Layout.page(status, language, title.in(language), null, html -> {
      if (explanation != null) {
        html.element("p", explanation.in(language), "id", "notice");
      }
    });
  }
}
