package org.codepaygen.sandbox.http;

import java.util.Map;
import java.util.Set;
import org.codepaygen.sandbox.gateway.CustomerUrls;
import org.codepaygen.sandbox.gateway.GatewayException;
import org.codepaygen.sandbox.pages.CustomerPages;
import org.codepaygen.sandbox.pages.Page;

/**
 * {@code /pay/TOKEN}: the customer's side of a payment. {@code GET} shows the session's page; {@code POST} of its
 * form does what the customer chose (see {@link CustomerPages}). The token is the only credential, so pages are
 * never cached and never leak it through a {@code Referer}.
 */
final class CustomerEndpoint implements Endpoint {
  private static final int MAX_BODY_BYTES = 1 << 10;

  private final CustomerPages pages;
  private final CustomerUrls urls;

  CustomerEndpoint(CustomerPages pages, CustomerUrls urls) {
    this.pages = pages;
    this.urls = urls;
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
    Page page = request.method().equals("GET")
        ? pages.show(token, urls.page(token), request.language())
        : pages.post(token, form(request), request.language());
    return new Reply(page.status(), page.headers(), page.body());
  }

  /** The posted form; anything else is an empty one, which the pages answer as not understood. */
  private static Map<String, String> form(Received request) {
    if (!request.contentType().mediaType().equals("application/x-www-form-urlencoded")) {
      return Map.of();
    }
    try {
      return FormBody.parse(request.body());
    } catch (GatewayException malformed) {
      return Map.of();
    }
  }
}
