package org.codepaygen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.TestGateway;
import org.codepaygen.runtime.TestVectors;
import org.codepaygen.runtime.error.OutcomeUnknownException;
import org.codepaygen.runtime.signing.CanonicalForm;
import org.codepaygen.runtime.signing.SignatureVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UploadTest {
  private final MockWebServer server = new MockWebServer();

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void uploadsSignedMultipartAndReturnsVerifiedFileKey() throws Exception {
    server.enqueue(new MockResponse().setBody(TestGateway.success("1", Map.of("file_key", "fk-42"))));
    CodePayClient client = CodePayClient.builder()
        .baseUrl(server.url("/").toString()).allowCleartextLoopback()
        .appId("app").merchantNo("302300000926")
        .merchantPrivateKey(TestVectors.merchantPrivateKey())
        .gatewayPublicKey(TestGateway.keys().getPublic())
        .build();
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3};

    String fileKey = client.uploadImage("INST1", "receipt.png", png);

    assertThat(fileKey).isEqualTo("fk-42");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getPath()).isEqualTo("/api/file/upload");
    assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
    String body = request.getBody().readString(StandardCharsets.ISO_8859_1);
    Map<String, String> textParts = textParts(body);
    assertThat(textParts).containsEntry("method", "file.upload")
        .containsEntry("institution_no", "INST1")
        .containsEntry("file_data_hash", HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(png)));
    assertThat(body).contains("name=\"file_data\"; filename=\"receipt.png\"", "Content-Type: image/png");
    assertThat(new SignatureVerifier(TestVectors.merchantPublicKey())
            .verify(CanonicalForm.of(textParts), textParts.get("sign")))
        .isTrue();
  }

  @Test
  void uploadsHaveTheirOwnTimeoutInsteadOfTheReadTimeout() throws Exception {
    String fileKey = TestGateway.success("2", Map.of("file_key", "fk-slow"));
    // Answers 700 ms late: past the 300 ms read timeout, within the 5 s upload timeout.
    server.enqueue(new MockResponse().setBody(fileKey).setHeadersDelay(700, TimeUnit.MILLISECONDS));
    server.enqueue(new MockResponse().setBody(TestGateway.success("3", Map.of()))
        .setHeadersDelay(700, TimeUnit.MILLISECONDS));
    server.enqueue(new MockResponse().setBody(fileKey).setHeadersDelay(700, TimeUnit.MILLISECONDS));
    try (CodePayClient patientUploads = LoopbackClients.builder(server).merchantNo("302300000926")
            .readTimeout(Duration.ofMillis(300)).uploadTimeout(Duration.ofSeconds(5)).build();
        CodePayClient impatientUploads = LoopbackClients.builder(server).merchantNo("302300000926")
            .readTimeout(Duration.ofSeconds(5)).uploadTimeout(Duration.ofMillis(300)).build()) {

      assertThat(patientUploads.uploadImage("INST1", "a.png", new byte[] {1})).isEqualTo("fk-slow");
      assertThatThrownBy(() -> patientUploads.service(TestService.class).query(Map.of("merchant_order_no", "M1")))
          .isInstanceOf(OutcomeUnknownException.class);
      assertThatThrownBy(() -> impatientUploads.uploadImage("INST1", "a.png", new byte[] {1}))
          .isInstanceOf(OutcomeUnknownException.class);
    }
  }

  private static Map<String, String> textParts(String body) {
    Matcher part = Pattern.compile(
            "Content-Disposition: form-data; name=\"([a-z_]+)\"\r\nContent-Length: \\d+\r\n\r\n([^\r]*)\r\n")
        .matcher(body);
    Map<String, String> parts = new LinkedHashMap<>();
    while (part.find()) {
      parts.put(part.group(1), part.group(2));
    }
    return parts;
  }
}
