package org.codepaygen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.Acknowledgement;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.Language;
import org.codepaygen.runtime.TestGateway;
import org.codepaygen.runtime.TestVectors;
import org.codepaygen.runtime.error.CodePayException;
import org.codepaygen.runtime.error.GatewayErrorException;
import org.codepaygen.runtime.error.MalformedResponseException;
import org.codepaygen.runtime.error.OutcomeUnknownException;
import org.codepaygen.runtime.error.RequestNotSentException;
import org.codepaygen.runtime.error.ResponseSignatureException;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.json.WireMembers;
import org.codepaygen.runtime.signing.CanonicalForm;
import org.codepaygen.runtime.signing.SignatureVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every way a call can end, against MockWebServer: each maps to one result or one exception kind. */
class CallOutcomesTest {
  private static final Map<String, Object> QUERY = Map.of("merchant_order_no", "mapp1701763963536");
  private static final String PSN = "11250829153012345678";
  private static final Instant NOW = Instant.parse("2023-12-05T08:12:43.536Z");

  private MockWebServer server;
  private TestService service;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    service = client(server.url("/").toString(), builder -> builder).service(TestService.class);
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private static CodePayClient client(String baseUrl, java.util.function.UnaryOperator<CodePayClient.Builder> more) {
    return more.apply(
            CodePayClient.builder()
                .baseUrl(baseUrl)
                .allowCleartextLoopback()
                .appId("wze0fcae4016b4da15")
                .merchantNo("312300000969")
                .merchantPrivateKey(TestVectors.merchantPrivateKey())
                .gatewayPublicKey(TestGateway.keys().getPublic())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .language(Language.JA_JP)
                .timeout(Duration.ofSeconds(5)))
        .build();
  }

  private void answer(int status, String body) {
    server.enqueue(new MockResponse().setResponseCode(status).setBody(body)
        .setHeader("Content-Type", "application/json"));
  }

  @Test
  void returnsVerifiedDataOfSuccessfulAnswer() {
    answer(200, TestGateway.success(PSN, Map.of("trans_no", "T2023", "order_amount", new java.math.BigDecimal("34.50"))));

    JsonNode data = service.query(QUERY);

    assertThat(data.get("trans_no").asText()).isEqualTo("T2023");
    assertThat(data.get("order_amount").decimalValue()).isEqualByComparingTo("34.50");
    assertThat(data.get("order_amount").decimalValue().scale()).isEqualTo(2);
  }

  @Test
  void acceptsDataSentAsObjectInsteadOfString() {
    ObjectNode answer = TestGateway.envelope("0", "success", PSN);
    answer.putObject("data").put("trans_no", "T9");
    answer(200, TestGateway.sign(answer, TestGateway.keys()));

    assertThat(service.query(QUERY).get("trans_no").asText()).isEqualTo("T9");
  }

  @Test
  void sendsSignedEnvelopeThatVerifiesWithMerchantPublicKey() throws Exception {
    answer(200, TestGateway.success(PSN, Map.of()));

    service.query(QUERY);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/api/entry");
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    assertThat(request.getHeader("Accept-Language")).isEqualTo("ja-JP");
    WireMembers sent = WireMembers.parse(request.getBody().readByteArray());
    assertThat(sent.wireTexts()).containsEntry("app_id", "wze0fcae4016b4da15")
        .containsEntry("merchant_no", "312300000969")
        .containsEntry("method", "order.query")
        .containsEntry("format", "JSON")
        .containsEntry("charset", "UTF-8")
        .containsEntry("sign_type", "RSA2")
        .containsEntry("version", "1.0")
        .containsEntry("timestamp", Long.toString(NOW.toEpochMilli()))
        .containsEntry("merchant_order_no", "mapp1701763963536")
        .doesNotContainKey("store_no");
    assertThat(new SignatureVerifier(TestVectors.merchantPublicKey())
            .verify(CanonicalForm.of(sent.wireTexts()), sent.text("sign")))
        .isTrue();
  }

  @Test
  void gatewayErrorAtStatus200CarriesCodeMessagePsnAndStatus() {
    answer(200, TestGateway.error("E01001", "商户不存在", PSN));

    assertThatThrownBy(() -> service.query(QUERY))
        .isInstanceOfSatisfying(GatewayErrorException.class, e -> {
          assertThat(e.code()).isEqualTo("E01001");
          assertThat(e.gatewayMessage()).isEqualTo("商户不存在");
          assertThat(e.psn()).isEqualTo(PSN);
          assertThat(e.httpStatus()).isEqualTo(200);
          assertThat(e.endpoint()).isEqualTo("order.query");
          assertThat(e.getMessage()).contains("E01001", PSN, "order.query");
        });
  }

  @Test
  void seedExampleErrorDecodesAtHttpErrorStatus() throws Exception {
    JsonNode seed = seedExample();
    answer(404, TestGateway.error(seed.get("code").asText(), seed.get("msg").asText(), seed.get("psn").asText()));

    assertThatThrownBy(() -> service.query(QUERY))
        .isInstanceOfSatisfying(GatewayErrorException.class, e -> {
          assertThat(e.code()).isEqualTo("E07303");
          assertThat(e.gatewayMessage()).isEqualTo("The API is not authorized or does not exist");
          assertThat(e.psn()).isEqualTo("06100624379047675280");
          assertThat(e.httpStatus()).isEqualTo(404);
        });
  }

  @Test
  void seedExampleWithItsOriginalSignatureIsNotTrustedUnderAnotherGatewayKey() throws Exception {
    answer(404, TestGateway.json(seedExample()));

    assertThatThrownBy(() -> service.query(QUERY))
        .isInstanceOfSatisfying(ResponseSignatureException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(404);
          assertThat(e.psn()).isNull();
          assertThat(e.getMessage()).contains("does not verify", "06100624379047675280");
        });
  }

  @Test
  void htmlPageFromProxyKeepsStatusAndExcerpt() {
    String html = "<html><head><title>502 Bad Gateway</title></head><body>" + "x".repeat(500) + "</body></html>";
    server.enqueue(new MockResponse().setResponseCode(502).setBody(html).setHeader("Content-Type", "text/html"));

    assertThatThrownBy(() -> service.query(QUERY))
        .isInstanceOfSatisfying(MalformedResponseException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(502);
          assertThat(e.excerpt()).startsWith("<html><head><title>502 Bad Gateway").hasSize(200);
          assertThat(e.isSafeToRetry()).isFalse();
        });
  }

  @Test
  void truncatedJsonIsMalformed() {
    String full = TestGateway.success(PSN, Map.of("trans_no", "T1"));
    answer(200, full.substring(0, full.length() / 2));

    assertThatThrownBy(() -> service.query(QUERY))
        .isInstanceOfSatisfying(MalformedResponseException.class,
            e -> assertThat(e.getMessage()).contains("not a complete JSON object"));
  }

  @Test
  void excerptsOfMalformedAnswersNeverQuoteTheirSign() throws IOException {
    String signed = TestGateway.sign(TestGateway.envelope("0", "success", PSN), TestGateway.keys());
    String sign = CodePayJson.mapper().readTree(signed).get("sign").asText();
    answer(500, signed);
    answer(200, signed.substring(0, signed.length() - 10));

    for (String problem : new String[] {"reports success with an HTTP error status", "not a complete JSON object"}) {
      assertThatThrownBy(() -> service.query(QUERY))
          .isInstanceOfSatisfying(MalformedResponseException.class, e -> {
            assertThat(e.getMessage()).contains(problem, "\"sign\":\"");
            assertThat(e.excerpt()).doesNotContain(sign.substring(0, 12));
            assertThat(e.getMessage()).doesNotContain(sign.substring(0, 12));
          });
    }
  }

  @Test
  void answerWithoutSignIsNotTrusted() {
    ObjectNode answer = TestGateway.envelope("0", "success", PSN);
    answer.put("data", "{\"trans_no\":\"T1\"}");
    answer(200, TestGateway.json(answer));

    assertThatThrownBy(() -> service.query(QUERY))
        .isInstanceOfSatisfying(ResponseSignatureException.class,
            e -> assertThat(e.getMessage()).contains("has no sign"));
  }

  @Test
  void answerSignedByAnotherKeyIsNotTrusted() {
    ObjectNode answer = TestGateway.envelope("0", "success", PSN);
    answer.put("data", "{\"trans_no\":\"T1\"}");
    answer(200, TestGateway.sign(answer, TestGateway.generate()));

    assertThatThrownBy(() -> service.query(QUERY)).isInstanceOf(ResponseSignatureException.class);
  }

  @Test
  void dataChangedAfterSigningIsNotTrusted() {
    String signed = TestGateway.success(PSN, Map.of("trans_amount", 4242));
    answer(200, signed.replace("4242", "4343"));

    assertThatThrownBy(() -> service.query(QUERY)).isInstanceOf(ResponseSignatureException.class);
  }

  @Test
  void answerOverTheSizeLimitIsRefused() throws IOException {
    server.shutdown();
    server = new MockWebServer();
    server.start();
    TestService small = client(server.url("/").toString(), b -> b.maxResponseBytes(4096)).service(TestService.class);
    answer(200, TestGateway.success(PSN, Map.of("padding", "p".repeat(200_000))));

    assertThatThrownBy(() -> small.query(QUERY))
        .isInstanceOfSatisfying(MalformedResponseException.class,
            e -> assertThat(e.getMessage()).contains("larger than the limit of 4096 bytes"));
  }

  @Test
  void disconnectAfterRequestWasReadLeavesOutcomeUnknownAndSendsOnce() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setBody(TestGateway.success(PSN, Map.of())));

    assertThatThrownBy(() -> service.query(QUERY))
        .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
          assertThat(e.isSafeToRetry()).isFalse();
          assertThat(e.getMessage()).contains("query it by merchant_order_no");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void sharedOkHttpClientKeepsSafetySettings() {
    okhttp3.OkHttpClient permissive =
        new okhttp3.OkHttpClient.Builder().retryOnConnectionFailure(true).followRedirects(true).build();
    TestService shared = client(server.url("/").toString(), b -> b.okHttpClient(permissive))
        .service(TestService.class);
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setBody(TestGateway.success(PSN, Map.of())));

    assertThatThrownBy(() -> shared.query(QUERY)).isInstanceOf(OutcomeUnknownException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void readTimeoutLeavesOutcomeUnknown() throws IOException {
    server.shutdown();
    server = new MockWebServer();
    server.start();
    TestService impatient = client(server.url("/").toString(), b -> b.readTimeout(Duration.ofMillis(300)))
        .service(TestService.class);
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    assertThatThrownBy(() -> impatient.query(QUERY)).isInstanceOf(OutcomeUnknownException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void serviceUnavailableWithRetryAfterZeroIsNotResent() {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "0")
        .setBody(TestGateway.error("E00503", "busy", PSN)));
    server.enqueue(new MockResponse().setBody(TestGateway.success(PSN, Map.of())));

    assertThatThrownBy(() -> service.query(QUERY))
        .isInstanceOfSatisfying(GatewayErrorException.class, e -> assertThat(e.httpStatus()).isEqualTo(503));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void connectionRefusedMeansNothingWasSent() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    TestService unreachable = client("http://127.0.0.1:" + closedPort + "/", b -> b).service(TestService.class);

    assertThatThrownBy(() -> unreachable.query(QUERY))
        .isInstanceOfSatisfying(RequestNotSentException.class, e -> {
          assertThat(e.isSafeToRetry()).isTrue();
          assertThat(e.getMessage()).contains("safe to retry", "order.query");
        });
  }

  @Test
  void asyncCallCompletesWithVerifiedData() throws Exception {
    answer(200, TestGateway.success(PSN, Map.of("trans_no", "T7")));

    CompletableFuture<JsonNode> future = service.queryAsync(QUERY);

    assertThat(future.get(5, TimeUnit.SECONDS).get("trans_no").asText()).isEqualTo("T7");
  }

  @Test
  void asyncCallCompletesExceptionallyWithSameExceptionKind() {
    answer(200, TestGateway.error("E01001", "no such merchant", PSN));

    CompletableFuture<JsonNode> future = service.queryAsync(QUERY);

    assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(GatewayErrorException.class);
  }

  @Test
  void answerWithoutDataIsAcknowledgedWithItsPsn() {
    answer(200, TestGateway.error("0", "success", PSN));

    Acknowledgement acknowledgement = service.revoke(QUERY);

    assertThat(acknowledgement.psn()).isEqualTo(PSN);
  }

  @Test
  void answerListenerHearsOfVerifiedAnswersOnly() throws IOException {
    java.util.List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
    server.shutdown();
    server = new MockWebServer();
    server.start();
    TestService audited = client(server.url("/").toString(),
        b -> b.answerListener((endpoint, status, code, psn, requestId) ->
            heard.add(endpoint + " " + status + " " + code + " " + psn + " " + requestId)))
        .service(TestService.class);
    answer(200, TestGateway.success(PSN, Map.of()));
    answer(400, TestGateway.error("E08001", "missing", "22"));
    answer(200, "{\"code\":\"0\",\"psn\":\"33\",\"sign\":\"forged\"}");

    audited.query(QUERY);
    assertThatThrownBy(() -> audited.query(QUERY)).isInstanceOf(GatewayErrorException.class);
    assertThatThrownBy(() -> audited.query(QUERY)).isInstanceOf(ResponseSignatureException.class);

    String first = takeRequestId();
    String second = takeRequestId();
    assertThat(heard).containsExactly("order.query 200 0 " + PSN + " " + first, "order.query 400 E08001 22 " + second);
  }

  @Test
  void everyFailureIsACodePayException() {
    server.enqueue(new MockResponse().setResponseCode(500).setBody(""));

    assertThatThrownBy(() -> service.query(QUERY)).isInstanceOf(CodePayException.class);
  }

  private String takeRequestId() {
    try {
      return server.takeRequest(5, TimeUnit.SECONDS).getHeader("Http-Request-Psn");
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** The error example of CodePay's Basic rules page, read from test-fixtures/files/basic-rules.txt. */
  private static JsonNode seedExample() throws IOException {
    String rules = Fixtures.text(Fixtures.BASIC_RULES);
    Matcher json = Pattern.compile("\\{[^{}]*\"code\"[^{}]*}").matcher(rules);
    assertThat(json.find()).as("the seed example in basic-rules.txt").isTrue();
    return CodePayJson.mapper().readTree(json.group());
  }
}
