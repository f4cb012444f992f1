package org.codepaygen.integration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.io.UncheckedIOException;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.tls.HandshakeCertificates;

/** The customer's browser on the sandbox's pages: opens a pay_url and presses one of its buttons. */
final class CustomerBrowser {
  private final OkHttpClient http;

  CustomerBrowser(String sandboxCertificatePem) throws CertificateException {
    X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
        .generateCertificate(new ByteArrayInputStream(sandboxCertificatePem.getBytes(StandardCharsets.US_ASCII)));
    HandshakeCertificates trust = new HandshakeCertificates.Builder().addTrustedCertificate(certificate).build();
    http = new OkHttpClient.Builder().sslSocketFactory(trust.sslSocketFactory(), trust.trustManager())
        .followRedirects(false).build();
  }

  /** The page's HTML. */
  String open(String url) {
    return send(new Request.Builder().url(url).build()).body;
  }

  /** Presses the button {@code action} (pay, decline, abandon); returns where the browser is sent, or the page. */
  Page choose(String url, String action) {
    return send(new Request.Builder().url(url).post(new FormBody.Builder().add("action", action).build()).build());
  }

  record Page(int status, String location, String body) {}

  private Page send(Request request) {
    try (Response response = http.newCall(request).execute()) {
      return new Page(response.code(), response.header("Location"), response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
