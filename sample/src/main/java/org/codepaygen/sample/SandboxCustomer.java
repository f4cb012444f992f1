package org.codepaygen.sample;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The customer's browser on the local sandbox's pages: pays a hosted checkout, a QR code or a 3-D Secure challenge by
 * pressing the page's "pay" button. A real gateway's pages are for real customers; there the web-shop steps are
 * left out.
 */
final class SandboxCustomer {
  private final HttpClient browser;

  /** A browser that trusts exactly the sandbox's self-signed certificate. */
  SandboxCustomer(String sandboxCertificatePem) throws GeneralSecurityException, IOException {
    Certificate certificate = CertificateFactory.getInstance("X.509")
        .generateCertificate(new ByteArrayInputStream(sandboxCertificatePem.getBytes(StandardCharsets.US_ASCII)));
    KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
    trusted.load(null, null);
    trusted.setCertificateEntry("sandbox", certificate);
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, trust.getTrustManagers(), null);
    browser = HttpClient.newBuilder().sslContext(tls).followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  /**
   * Opens the page, then presses "pay". Returns where the page sends the browser next (the shop's return URL), or
   * the page's own URL when it shows the outcome itself.
   */
  String pay(String pageUrl) throws IOException, InterruptedException {
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(pageUrl)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (page.statusCode() != 200) {
      throw new IllegalStateException("the page answered HTTP " + page.statusCode());
    }
    HttpResponse<String> paid = browser.send(HttpRequest.newBuilder(URI.create(pageUrl))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("action=pay")).build(), HttpResponse.BodyHandlers.ofString());
    return paid.headers().firstValue("Location").orElse(pageUrl);
  }
}
