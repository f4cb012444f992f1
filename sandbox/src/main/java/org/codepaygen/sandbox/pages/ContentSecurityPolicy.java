package org.codepaygen.sandbox.pages;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code Content-Security-Policy} of every page: nothing loads from anywhere (no script at all, no image, font
 * or frame), the one stylesheet is allowed by its hash, and forms post only to the sandbox — and to the origin of
 * the merchant's {@code return_url}, since a form's answer redirects there and browsers hold redirects after a
 * form to {@code form-action}.
 */
final class ContentSecurityPolicy {
  private ContentSecurityPolicy() {}

  static String of(String stylesheet, Optional<URI> returnUrl) {
    String formAction = "'self'" + returnUrl.flatMap(ContentSecurityPolicy::origin).map(o -> " " + o).orElse("");
    return "default-src 'none'; style-src '" + sha256(stylesheet) + "'; form-action " + formAction
        + "; frame-ancestors 'none'; base-uri 'none'";
  }

  /**
   * The {@code scheme://host:port} of an http(s) URL, when it can stand in a policy as it is; anything else is
   * left out, so the browser stops at the sandbox instead of going somewhere the policy would have to quote.
   */
  static Optional<String> origin(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost();
    if (!(scheme.equals("https") || scheme.equals("http")) || host == null
        || !host.matches("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\]")) {
      return Optional.empty();
    }
    return Optional.of(scheme + "://" + host.toLowerCase(Locale.ROOT) + (url.getPort() < 0 ? "" : ":" + url.getPort()));
  }

  private static String sha256(String stylesheet) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(stylesheet.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
