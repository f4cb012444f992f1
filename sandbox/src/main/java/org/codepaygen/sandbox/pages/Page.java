package org.codepaygen.sandbox.pages;

import java.util.Map;

/**
 * A customer page or the redirect that follows a customer's choice, ready to send: status, headers and body.
 *
 * @param headers {@code Content-Type}, {@code Content-Security-Policy} and the other protective headers, or
 *     {@code Location} for a redirect
 */
public record Page(int status, Map<String, String> headers, byte[] body) {
  public Page {
    headers = Map.copyOf(headers);
  }

  /** {@code 303 See Other} to {@code location}: the browser follows it with a GET, so a reload never re-posts. */
  static Page seeOther(String location) {
    return new Page(303, Map.of("Location", location, "Cache-Control", "no-store",
        "Referrer-Policy", "no-referrer"), new byte[0]);
  }
}
