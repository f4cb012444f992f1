package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.codepaygen.sandbox.SandboxClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each check of the request, in the gateway's order, and the error code each failure gets. */
class RequestChecksTest {
  private static final MutableClock CLOCK = new MutableClock(Instant.now());
  private static CodePaySandbox sandbox;
  private static SandboxClient client;

  @BeforeAll
  static void start() {
    sandbox = CodePaySandbox.builder().merchantPublicKey(TestKeys.merchantPublicKey()).clock(CLOCK).start();
    client = new SandboxClient(sandbox, CLOCK);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static Answer query(ObjectNode body) {
    return client.post("api/entry", "application/json", SandboxClient.json(body), Map.of());
  }

  private static ObjectNode signedQuery() {
    ObjectNode body = client.envelope("order.query");
    body.put("merchant_order_no", "no-such-order");
    return body;
  }

  @Test
  void acceptsAWellSignedRequest() {
    Answer answer = query(client.sign(signedQuery()));

    assertThat(answer.code()).isEqualTo("E09002");
    assertThat(answer.status()).isEqualTo(404);
  }

  @Test
  void acceptsFormEncodedRequests() {
    ObjectNode body = client.sign(signedQuery());
    String form = body.properties().stream()
        .map(member -> URLEncoder.encode(member.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(member.getValue().textValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));

    Answer answer = client.post("api/entry", "application/x-www-form-urlencoded",
        form.getBytes(StandardCharsets.US_ASCII), Map.of());

    assertThat(answer.code()).isEqualTo("E09002");
  }

  @Test
  void refusesAnUnsupportedContentType() {
    Answer answer = client.post("api/entry", "text/plain", SandboxClient.json(client.sign(signedQuery())), Map.of());

    assertThat(answer.code()).isEqualTo("E01002");
    assertThat(answer.status()).isEqualTo(415);
  }

  @Test
  void refusesAMissingContentType() {
    Answer answer = client.post("api/entry", null, SandboxClient.json(client.sign(signedQuery())), Map.of());

    assertThat(answer.code()).isEqualTo("E01002");
  }

  @Test
  void refusesACharsetOtherThanUtf8() {
    Answer answer = client.post("api/entry", "application/json; charset=ISO-8859-1",
        SandboxClient.json(client.sign(signedQuery())), Map.of());

    assertThat(answer.code()).isEqualTo("E01002");
  }

  @Test
  void refusesABodyThatIsNotAJsonObject() {
    Answer answer = client.post("api/entry", "application/json", "[1,2]".getBytes(StandardCharsets.UTF_8), Map.of());

    assertThat(answer.code()).isEqualTo("E01004");
    assertThat(answer.status()).isEqualTo(400);
  }

  @Test
  void refusesRepeatedMemberNames() {
    String body = "{\"method\":\"order.query\",\"method\":\"order.refund.query\"}";

    Answer answer = client.post("api/entry", "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of());

    assertThat(answer.code()).isEqualTo("E01004");
  }

  @Test
  void refusesABadFormEscape() {
    Answer answer = client.post("api/entry", "application/x-www-form-urlencoded",
        "app_id=%zz".getBytes(StandardCharsets.US_ASCII), Map.of());

    assertThat(answer.code()).isEqualTo("E01004");
  }

  @Test
  void refusesABodyOverOneMebibyte() {
    byte[] body = new byte[(1 << 20) + 1];

    Answer answer = client.post("api/entry", "application/json", body, Map.of());

    assertThat(answer.code()).isEqualTo("E01003");
    assertThat(answer.status()).isEqualTo(413);
  }

  @Test
  void refusesGet() {
    Answer answer = client.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "api/entry")).GET().build());

    assertThat(answer.code()).isEqualTo("E01001");
    assertThat(answer.status()).isEqualTo(405);
  }

  @Test
  void answersUnknownPathsWithASignedError() {
    Answer answer = client.post("api/entryx", "application/json", SandboxClient.json(signedQuery()), Map.of());

    assertThat(answer.code()).isEqualTo("E01005");
    assertThat(answer.status()).isEqualTo(404);
  }

  @Test
  void refusesAMissingEnvelopeField() {
    ObjectNode body = signedQuery();
    body.remove("charset");

    Answer answer = query(client.sign(body));

    assertThat(answer.code()).isEqualTo("E02001");
    assertThat(answer.msg()).endsWith("charset");
  }

  @Test
  void refusesAMissingSign() {
    Answer answer = query(signedQuery());

    assertThat(answer.code()).isEqualTo("E02001");
    assertThat(answer.msg()).endsWith("sign");
  }

  @Test
  void refusesAFormatOtherThanJson() {
    Answer answer = query(client.sign(signedQuery().put("format", "XML")));

    assertThat(answer.code()).isEqualTo("E02002");
    assertThat(answer.msg()).endsWith("format");
  }

  @Test
  void refusesASignTypeOtherThanRsa2() {
    Answer answer = query(client.sign(signedQuery().put("sign_type", "RSA")));

    assertThat(answer.code()).isEqualTo("E02002");
    assertThat(answer.msg()).endsWith("sign_type");
  }

  @Test
  void refusesAVersionOtherThanOnePointZero() {
    Answer answer = query(client.sign(signedQuery().put("version", "2.0")));

    assertThat(answer.code()).isEqualTo("E02002");
  }

  @Test
  void refusesAnUnknownAppId() {
    Answer answer = query(client.sign(signedQuery().put("app_id", "wz0000000000000000")));

    assertThat(answer.code()).isEqualTo("E03001");
    assertThat(answer.status()).isEqualTo(401);
  }

  @Test
  void refusesATimestampInSeconds() {
    Answer answer = query(client.sign(signedQuery().put("timestamp", String.valueOf(CLOCK.millis() / 1000))));

    assertThat(answer.code()).isEqualTo("E04001");
  }

  @Test
  void refusesATimestampSixteenMinutesAhead() {
    long ahead = CLOCK.millis() + Duration.ofMinutes(16).toMillis();

    Answer answer = query(client.sign(signedQuery().put("timestamp", String.valueOf(ahead))));

    assertThat(answer.code()).isEqualTo("E04002");
  }

  @Test
  void refusesATimestampSixteenMinutesBehind() {
    long behind = CLOCK.millis() - Duration.ofMinutes(16).toMillis();

    Answer answer = query(client.sign(signedQuery().put("timestamp", String.valueOf(behind))));

    assertThat(answer.code()).isEqualTo("E04002");
  }

  @Test
  void acceptsATimestampFourteenMinutesBehind() {
    long behind = CLOCK.millis() - Duration.ofMinutes(14).toMillis();

    Answer answer = query(client.sign(signedQuery().put("timestamp", String.valueOf(behind))));

    assertThat(answer.code()).isEqualTo("E09002");
  }

  @Test
  void acceptsATimestampAsAJsonNumber() {
    Answer answer = query(client.sign(signedQuery().put("timestamp", CLOCK.millis())));

    assertThat(answer.code()).isEqualTo("E09002");
  }

  @Test
  void refusesAValueChangedAfterSigning() {
    ObjectNode body = client.sign(signedQuery());
    body.put("merchant_order_no", "another-order");

    Answer answer = query(body);

    assertThat(answer.code()).isEqualTo("E05001");
    assertThat(answer.status()).isEqualTo(401);
  }

  @Test
  void verifiesNumbersAsWrittenNotAsValues() {
    ObjectNode body = client.envelope("wisehub.cloud.pay.order");
    body.put("order_amount", new java.math.BigDecimal("34.50"));
    String signed = new String(SandboxClient.json(client.sign(body)), StandardCharsets.UTF_8);

    Answer answer = client.post("api/entry", "application/json",
        signed.replace("34.50", "34.5").getBytes(StandardCharsets.UTF_8), Map.of());

    assertThat(answer.code()).isEqualTo("E05001");
  }

  @Test
  void refusesCharactersOutsideTheBasicMultilingualPlane() {
    Answer answer = query(client.sign(signedQuery().put("description", "coffee \uD83D\uDE00")));

    assertThat(answer.code()).isEqualTo("E06001");
    assertThat(answer.msg()).endsWith("description");
  }

  @Test
  void refusesAnUnknownMethodWithTheDocumentedCode() {
    Answer answer = query(client.sign(signedQuery().put("method", "order.steal")));

    assertThat(answer.code()).isEqualTo("E07303");
    assertThat(answer.msg()).isEqualTo("The API is not authorized or does not exist");
    assertThat(answer.status()).isEqualTo(403);
  }

  @Test
  void refusesFileUploadOnTheEntryPath() {
    Answer answer = query(client.sign(signedQuery().put("method", "file.upload")));

    assertThat(answer.code()).isEqualTo("E07303");
  }

  @Test
  void refusesAnUnknownMerchant() {
    Answer answer = query(client.sign(signedQuery().put("merchant_no", "999999999999")));

    assertThat(answer.code()).isEqualTo("E08004");
    assertThat(answer.status()).isEqualTo(403);
  }

  @Test
  void givesEveryAnswerItsOwnTwentyDigitPsn() {
    Answer first = query(client.sign(signedQuery()));
    Answer second = query(client.sign(signedQuery()));

    assertThat(first.psn()).matches("[0-9]{20}");
    assertThat(second.psn()).matches("[0-9]{20}").isNotEqualTo(first.psn());
  }
}
