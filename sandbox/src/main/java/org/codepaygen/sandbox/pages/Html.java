package org.codepaygen.sandbox.pages;

import org.owasp.encoder.Encode;

/**
 * A page's markup, written in order. Tag and attribute names are this package's constants; every text and every
 * attribute value goes through OWASP's encoder, so whatever a merchant sent can only ever show as text (CodePay's
 * Basic rules warn that answers carry the merchant's unchecked input).
 */
final class Html {
  private final StringBuilder out = new StringBuilder(4096);

  Html doctype() {
    out.append("<!DOCTYPE html>");
    return this;
  }

  /** A {@code <style>} element holding {@code stylesheet}, a constant of this package: CSS is not HTML-escaped. */
  Html style(String stylesheet) {
    out.append("<style>").append(stylesheet).append("</style>");
    return this;
  }

  /** {@code <tag name="value" ...>}; {@code attributes} are name and value pairs. */
  Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"").append(Encode.forHtml(attributes[i + 1])).append('"');
    }
    out.append('>');
    return this;
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** Text, escaped: {@code <script>} shows as those eight characters. */
  Html text(String text) {
    out.append(Encode.forHtml(text));
    return this;
  }

  /** An element holding only {@code text}. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** An element without content, such as {@code input}. */
  Html empty(String tag, String... attributes) {
    return open(tag, attributes);
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
