package org.codepaygen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.TestGateway;
import org.codepaygen.runtime.TestVectors;
import org.codepaygen.runtime.VerifiedAnswer;
import org.codepaygen.runtime.error.GatewayErrorException;
import org.codepaygen.runtime.error.RequestNotSentException;
import org.codepaygen.runtime.error.ResponseSignatureException;
import org.codepaygen.runtime.error.ValidationException;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.json.WireMembers;
import org.codepaygen.runtime.signing.CanonicalForm;
import org.codepaygen.runtime.signing.SignatureVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link CodePayClient#call}: any method, signed and verified like a generated call. */
class AnyMethodCallTest {
  private final MockWebServer server = new MockWebServer();
  private final CodePayClient client = CodePayClient.builder()
      .baseUrl(server.url("/").toString()).allowCleartextLoopback()
      .appId("app").merchantNo("302300000926")
      .merchantPrivateKey(TestVectors.merchantPrivateKey())
      .gatewayPublicKey(TestGateway.keys().getPublic())
      .build();

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.shutdown();
  }

  @Test
  void sendsTheParametersSignedAndReturnsPsnAndDataTree() throws Exception {
    server.enqueue(new MockResponse().setBody(TestGateway.success("26112500000000000007",
        Map.of("trans_status", 2, "trans_no", "T1"))));
    ObjectNode parameters = CodePayJson.mapper().createObjectNode();
    parameters.put("merchant_order_no", "M-1");
    parameters.put("order_amount", new java.math.BigDecimal("34.50"));

    VerifiedAnswer answer = client.call("order.query", parameters);

    assertThat(answer.psn()).isEqualTo("26112500000000000007");
    assertThat(answer.data().get("trans_status").intValue()).isEqualTo(2);
    assertThat(answer.data().get("trans_no").textValue()).isEqualTo("T1");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getPath()).isEqualTo("/api/entry");
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
    String body = request.getBody().readString(StandardCharsets.UTF_8);
    assertThat(body).contains("\"order_amount\":34.50", "\"method\":\"order.query\"", "\"app_id\":\"app\"");
    WireMembers sent = WireMembers.parse(body.getBytes(StandardCharsets.UTF_8));
    assertThat(new SignatureVerifier(TestVectors.merchantPublicKey())
            .verify(CanonicalForm.of(sent.wireTexts()), sent.text("sign")))
        .isTrue();
  }

  @Test
  void anAnswerWithoutDataHasNullData() {
    server.enqueue(new MockResponse().setBody(TestGateway.error("0", "success", "26112500000000000008")));

    VerifiedAnswer answer = client.call("order.revoker", CodePayJson.mapper().createObjectNode());

    assertThat(answer.psn()).isEqualTo("26112500000000000008");
    assertThat(answer.data()).isNull();
  }

  @Test
  void aGatewayErrorIsThrownWithItsPsn() {
    server.enqueue(new MockResponse().setResponseCode(403)
        .setBody(TestGateway.error("E07303", "The API is not authorized or does not exist", "26112500000000000009")));

    assertThatThrownBy(() -> client.call("no.such.method", CodePayJson.mapper().createObjectNode()))
        .isInstanceOfSatisfying(GatewayErrorException.class, e -> {
          assertThat(e.code()).isEqualTo("E07303");
          assertThat(e.httpStatus()).isEqualTo(403);
          assertThat(e.psn()).isEqualTo("26112500000000000009");
        });
  }

  @Test
  void anAnswerSignedByAnotherKeyIsRefused() {
    ObjectNode answer = TestGateway.envelope("0", "success", "26112500000000000010");
    server.enqueue(new MockResponse().setBody(TestGateway.sign(answer, TestGateway.generate())));

    assertThatThrownBy(() -> client.call("order.query", CodePayJson.mapper().createObjectNode()))
        .isInstanceOf(ResponseSignatureException.class);
  }

  @Test
  void anEmojiOrAnEnvelopeMemberIsRefusedBeforeAnythingIsSent() {
    ObjectNode emoji = CodePayJson.mapper().createObjectNode().put("description", "croissant \uD83E\uDD50");
    ObjectNode envelope = CodePayJson.mapper().createObjectNode().put("timestamp", "1");

    assertThatThrownBy(() -> client.call("order.query", emoji))
        .isInstanceOf(ValidationException.class).hasMessageContaining("description").hasMessageContaining("BMP_ONLY");
    assertThatThrownBy(() -> client.call("order.query", envelope))
        .isInstanceOf(RequestNotSentException.class).hasMessageContaining("timestamp");
    assertThat(server.getRequestCount()).isZero();
  }
}
