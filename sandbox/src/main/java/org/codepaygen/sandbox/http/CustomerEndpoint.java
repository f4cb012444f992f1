package org.codepaygen.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.codepaygen.sandbox.gateway.CustomerUrls;
import org.codepaygen.sandbox.gateway.GatewayException;
import org.codepaygen.sandbox.pages.CustomerPages;
import org.codepaygen.sandbox.state.CustomerAction;
import org.codepaygen.sandbox.state.CustomerSession;
import org.codepaygen.sandbox.state.OrderBook;
import org.codepaygen.sandbox.state.StateException;

/**
 * {@code /pay/TOKEN}: the customer's side of a payment. {@code GET} shows the session's page; {@code POST} with the
 * form field {@code action} does what the customer chose, then sends the browser to the merchant's
 * {@code return_url} ({@code 303}) or, without one, shows the page again. The token is the only credential, so
 * pages are never cached and never leak it through a {@code Referer}.
 */
final class CustomerEndpoint implements Endpoint {
  private static final int MAX_BODY_BYTES = 1 << 10;
  private static final Map<String, String> HTML_HEADERS = Map.of(
      "Content-Type", "text/html; charset=UTF-8",
      "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:;"
          + " frame-ancestors 'none'; base-uri 'none'",
      "Cache-Control", "no-store",
      "Referrer-Policy", "no-referrer",
      "X-Content-Type-Options", "nosniff");
  private static final Map<String, CustomerAction> ACTIONS = Map.of(
      CustomerPages.PAY, CustomerAction.PAY,
      CustomerPages.DECLINE, CustomerAction.DECLINE,
      CustomerPages.ABANDON, CustomerAction.ABANDON);

  private final OrderBook book;
  private final CustomerPages pages;

  CustomerEndpoint(OrderBook book, CustomerPages pages) {
    this.book = book;
    this.pages = pages;
  }

  @Override
  public String path() {
    return CustomerUrls.PAGE_PATH;
  }

  @Override
  public Set<String> methods() {
    return Set.of("GET", "POST");
  }

  @Override
  public int maxBodyBytes() {
    return MAX_BODY_BYTES;
  }

  @Override
  public Reply answer(Received request) {
    String token = request.path().substring(CustomerUrls.PAGE_PATH.length());
    Optional<CustomerSession> session = book.session(token);
    if (session.isEmpty()) {
      return html(404, pages.notFound());
    }
    if (request.method().equals("GET")) {
      return html(200, pages.session(session.get()));
    }
    CustomerAction action = action(request);
    if (action == null) {
      return html(400, pages.session(session.get()));
    }
    CustomerSession after;
    try {
      after = book.act(token, action);
    } catch (StateException refused) {
      // Paid, failed or expired meanwhile: the page shows how it ended.
      return html(409, pages.session(book.session(token).orElse(session.get())));
    }
    if (after.returnUrl() != null) {
      return new Reply(303, Map.of("Location", after.returnUrl(), "Cache-Control", "no-store",
          "Referrer-Policy", "no-referrer"), new byte[0]);
    }
    return html(200, pages.session(after));
  }

  private static CustomerAction action(Received request) {
    if (!request.contentType().mediaType().equals("application/x-www-form-urlencoded")) {
      return null;
    }
    try {
      return ACTIONS.get(FormBody.parse(request.body()).get(CustomerPages.ACTION));
    } catch (GatewayException malformed) {
      return null;
    }
  }

  private static Reply html(int status, String page) {
    return new Reply(status, new LinkedHashMap<>(HTML_HEADERS), page.getBytes(StandardCharsets.UTF_8));
  }
}
