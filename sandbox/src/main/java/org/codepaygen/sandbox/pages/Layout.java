package org.codepaygen.sandbox.pages;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.codepaygen.runtime.Language;

/**
 * The frame every page shares: the document, its language, the sandbox's banner and the one inline stylesheet,
 * sent with headers that keep the page to itself: the {@link ContentSecurityPolicy}, no caching (the page shows an
 * order's live state), no referrer (the URL's token is a secret) and no MIME sniffing.
 */
final class Layout {
  private static final String STYLESHEET = String.join("\n",
      ":root{color-scheme:light;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans CJK SC',"
          + "'Hiragino Sans',sans-serif;color:#1a1f36;background:#f6f9fc}",
      "body{margin:0}",
      ".banner{background:#ffe9a8;color:#5c4400;text-align:center;font-size:13px;padding:6px 12px}",
      "main{max-width:440px;margin:32px auto;padding:28px 32px;background:#fff;border-radius:10px;"
          + "box-shadow:0 2px 12px rgba(50,50,93,.12)}",
      "h1{font-size:22px;margin:0 0 18px}",
      "dl{display:grid;grid-template-columns:max-content 1fr;gap:6px 16px;margin:0 0 18px}",
      "dt{color:#697386}dd{margin:0;overflow-wrap:anywhere}",
      ".amount{font-size:28px;font-weight:600}",
      "table{width:100%;border-collapse:collapse;margin:0 0 18px;font-size:14px}",
      "th,td{text-align:left;padding:4px 6px;border-bottom:1px solid #e3e8ee}td.n,th.n{text-align:right}",
      "label{display:block;font-size:14px;color:#3c4257;margin:10px 0 4px}",
      "input{box-sizing:border-box;width:100%;font-size:16px;padding:9px 10px;border:1px solid #c9d1dc;"
          + "border-radius:6px}",
      ".row{display:flex;gap:12px}.row>div{flex:1}",
      "button{display:block;width:100%;font-size:16px;padding:11px;margin-top:12px;border-radius:6px;"
          + "border:1px solid #c9d1dc;background:#fff;color:#3c4257;cursor:pointer}",
      "button.primary{background:#635bff;border-color:#635bff;color:#fff;font-weight:600}",
      ".hint{font-size:13px;color:#697386}",
      ".error{background:#fde8e8;color:#9b1c1c;border-radius:6px;padding:8px 10px;font-size:14px}",
      ".qr{display:block;margin:8px auto 16px}",
      "a{color:#635bff}");

  private Layout() {}

  /**
   * A page in {@code language}.
   *
   * @param returnUrl the merchant's {@code return_url} when the page's form leads there (its origin joins the
   *     policy's {@code form-action}), else {@code null}
   */
  static Page page(int status, Language language, String title, String returnUrl, Consumer<Html> content) {
    Html html = new Html();
    html.doctype().open("html", "lang", language.tag()).open("head")
        .empty("meta", "charset", "utf-8")
        .empty("meta", "name", "viewport", "content", "width=device-width,initial-scale=1")
        .element("title", title + " · CodePay sandbox")
        .style(STYLESHEET)
        .close("head").open("body")
        .element("div", PageText.SANDBOX_BANNER.in(language), "class", "banner", "role", "note")
        .open("main").element("h1", title);
    content.accept(html);
    html.close("main").close("body").close("html");
    return new Page(status, Map.of(
        "Content-Type", "text/html; charset=UTF-8",
        "Content-Language", language.tag(),
        "Content-Security-Policy", ContentSecurityPolicy.of(STYLESHEET, returnUrl(returnUrl)),
        "Cache-Control", "no-store",
        "Referrer-Policy", "no-referrer",
        "X-Content-Type-Options", "nosniff"), html.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The merchant's {@code return_url} when it is an absolute http(s) URL whose origin can stand in the policy as it
   * is; otherwise the customer stays on the sandbox's outcome page.
   */
  static Optional<URI> returnUrl(String url) {
    if (url == null) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url);
      return ContentSecurityPolicy.origin(uri).isPresent() ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
