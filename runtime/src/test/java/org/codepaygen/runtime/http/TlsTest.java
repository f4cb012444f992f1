package org.codepaygen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.TestGateway;
import org.codepaygen.runtime.TestVectors;
import org.codepaygen.runtime.error.RequestNotSentException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** TLS is strict: only the JDK's roots and explicitly trusted certificates, host names always checked. */
class TlsTest {
  private static final Map<String, Object> QUERY = Map.of("merchant_order_no", "M1");

  private final MockWebServer server = new MockWebServer();

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private HeldCertificate serveHttpsAs(String hostName) throws IOException {
    HeldCertificate certificate = new HeldCertificate.Builder().addSubjectAlternativeName(hostName).build();
    server.useHttps(new HandshakeCertificates.Builder().heldCertificate(certificate).build().sslSocketFactory(),
        false);
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    server.enqueue(new MockResponse().setBody(TestGateway.success("1", Map.of("trans_no", "T1"))));
    return certificate;
  }

  private CodePayClient.Builder client() {
    return CodePayClient.builder()
        .baseUrl("https://localhost:" + server.getPort() + "/")
        .appId("app")
        .merchantPrivateKey(TestVectors.merchantPrivateKey())
        .gatewayPublicKey(TestGateway.keys().getPublic());
  }

  @Test
  void selfSignedServerIsRefusedUnlessItsCertificateIsTrusted() throws IOException {
    serveHttpsAs("localhost");
    TestService service = client().build().service(TestService.class);

    assertThatThrownBy(() -> service.query(QUERY))
        .isInstanceOf(RequestNotSentException.class)
        .hasRootCauseInstanceOf(java.security.cert.CertPathBuilderException.class)
        .cause()
        .isInstanceOf(SSLHandshakeException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void explicitlyTrustedCertificateIsAccepted() throws IOException {
    HeldCertificate certificate = serveHttpsAs("localhost");
    TestService service =
        client().trustCertificatePem(certificate.certificatePem()).build().service(TestService.class);

    assertThat(service.query(QUERY).get("trans_no").asText()).isEqualTo("T1");
  }

  @Test
  void clientsTrustingTheSameCertificatesShareConnections() throws Exception {
    HeldCertificate certificate = serveHttpsAs("localhost");
    server.enqueue(new MockResponse().setBody(TestGateway.success("2", Map.of("trans_no", "T2"))));
    CodePayClient first = client().trustCertificatePem(certificate.certificatePem()).build();
    CodePayClient second = client().appId("other").trustCertificatePem(certificate.certificatePem()).build();

    first.service(TestService.class).query(QUERY);
    first.close();
    second.service(TestService.class).query(QUERY);

    assertThat(server.takeRequest().getSequenceNumber()).isZero();
    assertThat(server.takeRequest().getSequenceNumber()).as("requests before it on the same connection").isOne();
  }

  @Test
  void trustedCertificateForAnotherHostIsRefused() throws IOException {
    HeldCertificate certificate = serveHttpsAs("gateway.example");
    TestService service =
        client().trustCertificatePem(certificate.certificatePem()).build().service(TestService.class);

    assertThatThrownBy(() -> service.query(QUERY))
        .isInstanceOf(RequestNotSentException.class)
        .cause()
        .isInstanceOf(SSLPeerUnverifiedException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void httpBaseUrlIsRefusedWhenClientIsBuilt() {
    assertThatThrownBy(() -> client().baseUrl("http://codepay-open.codepay.us/").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requires HTTPS");
  }

  @Test
  void httpLoopbackUrlIsRefusedUnlessExplicitlyAllowed() {
    assertThatThrownBy(() -> client().baseUrl("http://127.0.0.1:8080/").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("allowCleartextLoopback()");
  }

  @Test
  void cleartextIsNeverAllowedForNonLoopbackHosts() {
    assertThatThrownBy(() -> client().baseUrl("http://10.0.0.8/").allowCleartextLoopback().build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nonAsciiHostNameIsRefused() {
    assertThatThrownBy(() -> client().baseUrl("https://codepаy-open.codepay.us/").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ASCII");
  }
}
