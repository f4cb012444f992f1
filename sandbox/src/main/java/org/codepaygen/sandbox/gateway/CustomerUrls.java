package org.codepaygen.sandbox.gateway;

/**
 * The sandbox's own addresses for the customer's side: {@code pay_url}, {@code qrcode_url} and
 * {@code redirect_url_3dsecure} all lead to {@value #PAGE_PATH}{@code TOKEN}, whose page shows what the token's
 * session asks of the customer. Bound once, to the port the server listens on, before the first request.
 */
public final class CustomerUrls {
  /** The path under which every customer page lives, one token per page. */
  public static final String PAGE_PATH = "/pay/";

  private volatile String base;

  /** Sets the root, such as {@code https://localhost:8443}; only once. */
  public synchronized void bind(String root) {
    if (base != null) {
      throw new IllegalStateException("The customer URLs are already bound to " + base);
    }
    base = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
  }

  /** The page of the session with this token. */
  public String page(String token) {
    String root = base;
    if (root == null) {
      throw new IllegalStateException("The customer URLs are not bound to the server's port yet");
    }
    return root + PAGE_PATH + token;
  }
}
