package org.codepaygen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.TestGateway;
import org.codepaygen.runtime.TestVectors;
import org.codepaygen.runtime.error.GatewayErrorException;
import org.codepaygen.runtime.error.ResponseSignatureException;
import org.codepaygen.runtime.json.CodePayJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTP Basic authentication (protocol §10): an explicit opt-in, over HTTPS only, answers still verified when signed. */
class BasicAuthTest {
  private static final Map<String, Object> QUERY = Map.of("merchant_order_no", "M1");
  private static final String PASSWORD = "s3cret-Pa55word";

  private final MockWebServer server = new MockWebServer();
  private HeldCertificate certificate;

  @BeforeEach
  void start() throws IOException {
    certificate = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
    server.useHttps(new HandshakeCertificates.Builder().heldCertificate(certificate).build().sslSocketFactory(),
        false);
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private CodePayClient.Builder basic() {
    return CodePayClient.builder()
        .baseUrl("https://localhost:" + server.getPort() + "/")
        .trustCertificatePem(certificate.certificatePem())
        .appId("app")
        .merchantNo("302300000926")
        .basicAuth("merchant-1", PASSWORD);
  }

  @Test
  void sendsUnsignedRequestsWithTheBasicHeaderAndVerifiesSignedAnswers() throws Exception {
    server.enqueue(new MockResponse().setBody(TestGateway.success("1", Map.of("trans_no", "T1"))));
    TestService service = basic().gatewayPublicKey(TestGateway.keys().getPublic()).build()
        .service(TestService.class);

    JsonNode data = service.query(QUERY);

    assertThat(data.get("trans_no").asText()).isEqualTo("T1");
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
        .encodeToString(("merchant-1:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    ObjectNode sent = (ObjectNode) CodePayJson.mapper().readTree(request.getBody().readUtf8());
    assertThat(sent.get("sign_type").textValue()).isEqualTo("NONE");
    assertThat(sent.has("sign")).isFalse();
    assertThat(sent.get("merchant_order_no").textValue()).isEqualTo("M1");
  }

  @Test
  void acceptsAnAnswerWithoutSignButRefusesOneWithAWrongSign() {
    ObjectNode unsigned = TestGateway.envelope("0", "success", "2");
    unsigned.put("data", "{\"trans_no\":\"T2\"}");
    server.enqueue(new MockResponse().setBody(TestGateway.json(unsigned)));
    String forged = TestGateway.sign(TestGateway.envelope("0", "success", "3"), TestGateway.generate());
    server.enqueue(new MockResponse().setBody(forged));
    TestService service = basic().gatewayPublicKey(TestGateway.keys().getPublic()).build()
        .service(TestService.class);

    assertThat(service.query(QUERY).get("trans_no").asText()).isEqualTo("T2");
    assertThatThrownBy(() -> service.query(QUERY))
        .isInstanceOfSatisfying(ResponseSignatureException.class,
            e -> assertThat(e.getMessage()).contains("does not verify"));
  }

  @Test
  void aWrongPasswordIsTheGatewaysSignedErrorAndNeverQuotesThePassword() {
    server.enqueue(new MockResponse().setResponseCode(401)
        .setBody(TestGateway.error("E05002", "The Basic authentication failed", "4")));
    CodePayClient client = basic().gatewayPublicKey(TestGateway.keys().getPublic()).build();

    assertThatThrownBy(() -> client.service(TestService.class).query(QUERY))
        .isInstanceOfSatisfying(GatewayErrorException.class, e -> {
          assertThat(e.code()).isEqualTo("E05002");
          assertThat(e.httpStatus()).isEqualTo(401);
          assertThat(e.toString()).doesNotContain(PASSWORD);
        });
    assertThat(client.toString()).doesNotContain(PASSWORD);
  }

  @Test
  void isRefusedForAnHttpBaseUrlEvenOnLoopback() {
    assertThatThrownBy(() -> basic().baseUrl("http://127.0.0.1:" + server.getPort() + "/")
            .allowCleartextLoopback().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HTTPS only")
        .message().doesNotContain(PASSWORD);
  }

  @Test
  void isAnExplicitChoiceNotMixedWithRsaSigning() {
    assertThatThrownBy(() -> basic().merchantPrivateKey(TestVectors.merchantPrivateKey()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not both");
    assertThatThrownBy(() -> CodePayClient.builder().baseUrl("https://localhost/").appId("app").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("merchantPrivateKey");
  }
}
