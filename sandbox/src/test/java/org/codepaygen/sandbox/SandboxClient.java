package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.json.WireMembers;
import org.codepaygen.runtime.signing.CanonicalForm;
import org.codepaygen.runtime.signing.RequestSigner;
import org.codepaygen.runtime.signing.SignatureVerifier;

/**
 * A test client: trusts exactly the sandbox's certificate, signs requests with the merchant test key, and checks
 * every answer's signature with the sandbox's gateway key.
 */
final class SandboxClient {
  private final CodePaySandbox sandbox;
  private final Clock clock;
  private final RequestSigner signer = new RequestSigner(TestKeys.merchantPrivateKey());
  private final HttpClient http;

  SandboxClient(CodePaySandbox sandbox, Clock clock) {
    this.sandbox = sandbox;
    this.clock = clock;
    this.http = HttpClient.newBuilder().sslContext(trustingOnly(sandbox.certificatePem())).build();
  }

  static SSLContext trustingOnly(String certificatePem) {
    try {
      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(null, null);
      trusted.setCertificateEntry("sandbox", CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(certificatePem.getBytes(StandardCharsets.US_ASCII))));
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The envelope for {@code method}, signed later; tests change members before sending. */
  ObjectNode envelope(String method) {
    ObjectNode body = CodePayJson.mapper().createObjectNode();
    body.put("app_id", sandbox.appId());
    body.put("format", "JSON");
    body.put("charset", "UTF-8");
    body.put("sign_type", "RSA2");
    body.put("version", "1.0");
    body.put("timestamp", String.valueOf(clock.millis()));
    body.put("method", method);
    body.put("merchant_no", sandbox.merchantNo());
    return body;
  }

  /** Signs {@code body} over its members as they will be written, then adds {@code sign}. */
  ObjectNode sign(ObjectNode body) {
    Map<String, String> texts = new LinkedHashMap<>();
    body.properties().forEach(member -> texts.put(member.getKey(), CodePayJson.wireText(member.getValue())));
    body.put("sign", signer.sign(CanonicalForm.of(texts)));
    return body;
  }

  /** Sends {@code method} with business fields (values: String, Number or Boolean). */
  Answer call(String method, Map<String, ?> fields) {
    ObjectNode body = envelope(method);
    fields.forEach((name, value) -> body.set(name, CodePayJson.mapper().valueToTree(value)));
    return post("api/entry", "application/json", json(sign(body)), Map.of());
  }

  static byte[] json(ObjectNode body) {
    try {
      return CodePayJson.mapper().writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Answer post(String path, String contentType, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    headers.forEach(request::header);
    return send(request.build());
  }

  Answer send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return Answer.read(response.statusCode(), response.body(), sandbox);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What a customer's browser gets when it opens a payment page: redirects are not followed. */
  HttpResponse<String> open(String pageUrl) {
    return page(HttpRequest.newBuilder(URI.create(pageUrl)).GET().build());
  }

  /** What a customer's browser gets when it presses the page's button for {@code action}. */
  HttpResponse<String> choose(String pageUrl, String action) {
    return page(HttpRequest.newBuilder(URI.create(pageUrl))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("action=" + action)).build());
  }

  private HttpResponse<String> page(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A parsed answer whose signature has been checked. */
  record Answer(int status, String code, String msg, String psn, JsonNode data, String raw) {
    static Answer read(int status, byte[] body, CodePaySandbox sandbox) {
      try {
        WireMembers members = WireMembers.parse(body);
        assertThat(new SignatureVerifier(sandbox.gatewayPublicKey())
                .verify(CanonicalForm.of(members.wireTexts()), members.text("sign")))
            .as("the answer's signature verifies with the gateway key")
            .isTrue();
        String data = members.text("data");
        return new Answer(status, members.text("code"), members.text("msg"), members.text("psn"),
            data == null ? null : CodePayJson.mapper().readTree(data), new String(body, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    boolean ok() {
      return status == 200 && "0".equals(code);
    }
  }
}
