package org.codepaygen.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.codepaygen.api.ImmutableOrderQuery;
import org.codepaygen.api.PayScenario;
import org.codepaygen.api.TransStatus;
import org.codepaygen.api.TransType;
import org.codepaygen.api.Transaction;
import org.codepaygen.api.cloud.CreateOrder;
import org.codepaygen.api.cloud.ImmutableCreateOrder;
import org.codepaygen.api.cloud.OrderPushed;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.error.CodePayException;
import org.codepaygen.runtime.error.GatewayErrorException;
import org.codepaygen.runtime.error.MalformedResponseException;
import org.codepaygen.runtime.error.OutcomeUnknownException;
import org.codepaygen.runtime.error.RequestNotSentException;
import org.codepaygen.runtime.error.ResponseSignatureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fault matrix of RELIABILITY.md, run through the generated {@code CodePay_CloudPay}: every money-moving row
 * calls {@code createOrder} and asserts the exception kind, the psn (when a verified answer carried one) and how
 * many requests the server received, never more than one. Every row also checks that the exception carries the
 * {@code Http-Request-Psn} the request was made with (see {@link #assertThatThrownBy}).
 */
class GeneratedClientFaultsTest {
  private static final String PSN = "26112523304100000001";
  /** The data of a verified {@code wisehub.cloud.pay.order} answer. */
  static final Map<String, Object> PUSHED = Map.of(
      "message_id", "49853555ea774dd3a7ecbbdc47ab958f", "trans_no", "26112523304100000000",
      "terminal_online_status", 1, "trans_amount", new BigDecimal("34.50"));

  private MockWebServer server;
  private CodePayClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() throws IOException {
    if (client != null) {
      client.close();
    }
    server.shutdown();
  }

  private Till till(UnaryOperator<CodePayClient.Builder> more) {
    client = more.apply(CodePayClient.builder()
            .baseUrl("http://127.0.0.1:" + server.getPort() + "/")
            .allowCleartextLoopback()
            .appId("wz6012822ca2f1as78")
            .merchantNo("302300000926")
            .merchantPrivateKey(SignedAnswers.merchantPrivateKey())
            .gatewayPublicKey(SignedAnswers.GATEWAY.getPublic())
            .timeout(Duration.ofSeconds(5)))
        .build();
    return client.create(Till.class);
  }

  private Till till() {
    return till(b -> b);
  }

  static CreateOrder sale(String merchantOrderNo) {
    return ImmutableCreateOrder.builder()
        .terminalSn("WPYC002251000042")
        .messageReceivingApplication("CodePay Register")
        .payScenario(PayScenario.SWIPE_CARD)
        .merchantOrderNo(merchantOrderNo)
        .priceCurrency("USD")
        .orderAmount(new BigDecimal("34.50"))
        .transType(TransType.SALE)
        .build();
  }

  private void answer(int status, String body) {
    server.enqueue(new MockResponse().setResponseCode(status).setBody(body)
        .setHeader("Content-Type", "application/json"));
  }

  /**
   * AssertJ's {@code assertThatThrownBy}, which every row uses, plus the request id column of the matrix: each row's
   * call made an HTTP request, so its exception carries that request's 20-digit {@code Http-Request-Psn}, named in
   * the message too.
   */
  private static AbstractThrowableAssert<?, ? extends Throwable> assertThatThrownBy(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).as("the call's exception").isInstanceOf(CodePayException.class);
    CodePayException e = (CodePayException) thrown;
    assertThat(e.requestId()).as("requestId() of %s", e).matches("[0-9]{20}");
    assertThat(e.getMessage()).contains("Http-Request-Psn=" + e.requestId());
    return assertThat(thrown);
  }

  /** A second, good answer queued behind the fault: it must never be fetched by a silent re-send. */
  private void thenWouldSucceed() {
    answer(200, SignedAnswers.success("99999999999999999999", PUSHED));
  }

  // ---- nothing sent: safe to retry ----

  @Test
  void connectionRefusedIsNotSent() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }
    Till unreachable = till(b -> b.baseUrl("http://127.0.0.1:" + closedPort + "/"));

    assertThatThrownBy(() -> unreachable.createOrder(sale("F-refused")))
        .isInstanceOfSatisfying(RequestNotSentException.class, e -> {
          assertThat(e.isSafeToRetry()).isTrue();
          assertThat(e.psn()).isNull();
          assertThat(e.endpoint()).isEqualTo("wisehub.cloud.pay.order");
        });
  }

  private HeldCertificate serveHttpsAs(String hostName) {
    HeldCertificate certificate = new HeldCertificate.Builder().addSubjectAlternativeName(hostName).build();
    server.useHttps(new HandshakeCertificates.Builder().heldCertificate(certificate).build().sslSocketFactory(),
        false);
    thenWouldSucceed();
    return certificate;
  }

  @Test
  void untrustedCertificateIsNotSent() throws IOException {
    server.shutdown();
    server = new MockWebServer();
    serveHttpsAs("localhost");
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    Till https = till(b -> b.baseUrl("https://localhost:" + server.getPort() + "/"));

    assertThatThrownBy(() -> https.createOrder(sale("F-untrusted")))
        .isInstanceOfSatisfying(RequestNotSentException.class, e -> assertThat(e.psn()).isNull())
        .cause().isInstanceOf(SSLHandshakeException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void trustedCertificateOfAnotherHostIsNotSent() throws IOException {
    server.shutdown();
    server = new MockWebServer();
    HeldCertificate certificate = serveHttpsAs("gateway.example");
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    Till https = till(b -> b.baseUrl("https://localhost:" + server.getPort() + "/")
        .trustCertificatePem(certificate.certificatePem()));

    assertThatThrownBy(() -> https.createOrder(sale("F-wronghost")))
        .isInstanceOf(RequestNotSentException.class)
        .cause().isInstanceOf(SSLPeerUnverifiedException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void failedHandshakeIsNotSent() throws Exception {
    server.shutdown();
    server = new MockWebServer();
    HeldCertificate certificate = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
    server.useHttps(new HandshakeCertificates.Builder().heldCertificate(certificate).build().sslSocketFactory(),
        false);
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.FAIL_HANDSHAKE));
    thenWouldSucceed();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    Till https = till(b -> b.baseUrl("https://localhost:" + server.getPort() + "/")
        .trustCertificatePem(certificate.certificatePem()));

    assertThatThrownBy(() -> https.createOrder(sale("F-handshake"))).isInstanceOf(RequestNotSentException.class);
    // MockWebServer counts the failed handshake as a request; no HTTP request (and no body) reached it.
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(server.takeRequest().getBodySize()).isLessThanOrEqualTo(0);
  }

  // ---- sent, no usable answer: outcome unknown, exactly one request ----

  @Test
  void connectionResetAfterRequestWasWrittenLeavesOutcomeUnknown() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    thenWouldSucceed();
    Till till = till();

    assertThatThrownBy(() -> till.createOrder(sale("F-reset")))
        .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
          assertThat(e.isSafeToRetry()).isFalse();
          assertThat(e.psn()).isNull();
          assertThat(e.getMessage()).contains("query it by merchant_order_no", "wisehub.cloud.pay.order");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void disconnectBeforeReadingTheRequestIsStillOutcomeUnknown() {
    // The client wrote the request into the socket; it cannot know the server dropped it unread.
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    thenWouldSucceed();
    Till till = till();

    assertThatThrownBy(() -> till.createOrder(sale("F-atstart"))).isInstanceOf(OutcomeUnknownException.class);
    assertThat(server.getRequestCount()).isLessThanOrEqualTo(1);
  }

  @Test
  void readTimeoutLeavesOutcomeUnknown() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    thenWouldSucceed();
    Till impatient = till(b -> b.readTimeout(Duration.ofMillis(300)));

    assertThatThrownBy(() -> impatient.createOrder(sale("F-timeout")))
        .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> assertThat(e.psn()).isNull());
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void bodyTricklingSlowerThanTheReadTimeoutLeavesOutcomeUnknown() throws IOException {
    try (TrickleServer trickle = new TrickleServer(SignedAnswers.success(PSN, PUSHED), 16, 500)) {
      Till impatient = till(b -> b.baseUrl("http://127.0.0.1:" + trickle.port() + "/")
          .readTimeout(Duration.ofMillis(200)));

      assertThatThrownBy(() -> impatient.createOrder(sale("F-trickle")))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> assertThat(e.psn()).isNull())
          .cause().isInstanceOf(java.net.SocketTimeoutException.class);
      assertThat(trickle.requestCount()).isEqualTo(1);
    }
  }

  @Test
  void bodyTricklingJustUnderTheReadTimeoutIsCutOffByTheCallDeadline() throws IOException {
    // 16 bytes every 200 ms never trips a 400 ms read timeout, but would take seconds in all.
    try (TrickleServer trickle = new TrickleServer(SignedAnswers.success(PSN, PUSHED), 16, 200)) {
      Till patient = till(b -> b.baseUrl("http://127.0.0.1:" + trickle.port() + "/")
          .timeout(Duration.ofMillis(400)));
      long start = System.nanoTime();

      assertThatThrownBy(() -> patient.createOrder(sale("F-slowloris")))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> assertThat(e.psn()).isNull());
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
      assertThat(trickle.requestCount()).isEqualTo(1);
    }
  }

  @Test
  void delayedBodyLeavesOutcomeUnknown() {
    server.enqueue(new MockResponse().setBody(SignedAnswers.success(PSN, PUSHED))
        .setHeader("Content-Type", "application/json").setBodyDelay(1, TimeUnit.SECONDS));
    thenWouldSucceed();
    Till impatient = till(b -> b.readTimeout(Duration.ofMillis(200)));

    assertThatThrownBy(() -> impatient.createOrder(sale("F-bodydelay"))).isInstanceOf(OutcomeUnknownException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void truncatedBodyLeavesOutcomeUnknown() {
    String full = SignedAnswers.success(PSN, PUSHED);
    server.enqueue(new MockResponse().setBody(full).setHeader("Content-Type", "application/json")
        .setHeader("Content-Length", full.length() + 100)
        .setSocketPolicy(SocketPolicy.DISCONNECT_AT_END));
    thenWouldSucceed();
    Till till = till();

    assertThatThrownBy(() -> till.createOrder(sale("F-truncated")))
        .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> assertThat(e.psn()).isNull());
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void disconnectHalfwayThroughTheBodyLeavesOutcomeUnknown() {
    server.enqueue(new MockResponse().setBody(SignedAnswers.success(PSN, PUSHED))
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    thenWouldSucceed();
    Till till = till();

    assertThatThrownBy(() -> till.createOrder(sale("F-halfbody"))).isInstanceOf(OutcomeUnknownException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  // ---- something answered, but not a trustworthy CodePay answer ----

  @Test
  void htmlBadGatewayPageIsMalformedWithStatusAndExcerpt() {
    server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
        .setBody("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"));
    thenWouldSucceed();
    Till till = till();

    assertThatThrownBy(() -> till.createOrder(sale("F-html")))
        .isInstanceOfSatisfying(MalformedResponseException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(502);
          assertThat(e.excerpt()).startsWith("<html><head><title>502 Bad Gateway");
          assertThat(e.psn()).isNull();
          assertThat(e.isSafeToRetry()).isFalse();
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void serviceUnavailableWithSignedJsonErrorIsAGatewayErrorWithPsnAndNotResent() {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "0")
        .setHeader("Content-Type", "application/json")
        .setBody(SignedAnswers.error("E10001", "The gateway failed to process the request", PSN)));
    thenWouldSucceed();
    Till till = till();

    assertThatThrownBy(() -> till.createOrder(sale("F-503")))
        .isInstanceOfSatisfying(GatewayErrorException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(503);
          assertThat(e.code()).isEqualTo("E10001");
          assertThat(e.psn()).isEqualTo(PSN);
          assertThat(e.getMessage()).contains(PSN);
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void bodyOverTheSizeCapIsMalformed() {
    answer(200, SignedAnswers.success(PSN, Map.of("trans_no", "T1", "padding", "p".repeat(100_000))));
    thenWouldSucceed();
    Till capped = till(b -> b.maxResponseBytes(8192));

    assertThatThrownBy(() -> capped.createOrder(sale("F-cap")))
        .isInstanceOfSatisfying(MalformedResponseException.class, e -> {
          assertThat(e.getMessage()).contains("larger than the limit of 8192 bytes");
          assertThat(e.psn()).isNull();
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void invalidJsonIsMalformed() {
    answer(200, "{\"code\":\"0\",\"msg\":\"success\",\"psn\":\"" + PSN + "\",,}");
    thenWouldSucceed();
    Till till = till();

    assertThatThrownBy(() -> till.createOrder(sale("F-json")))
        .isInstanceOfSatisfying(MalformedResponseException.class, e -> {
          assertThat(e.getMessage()).contains("not a complete JSON object");
          assertThat(e.psn()).isNull();
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void signedAnswerWithWrongContentTypeIsJudgedByItsSignature() {
    // The Content-Type of an answer is not checked: the signature over the body is what makes it trusted.
    server.enqueue(new MockResponse().setBody(SignedAnswers.success(PSN, PUSHED))
        .setHeader("Content-Type", "text/plain; charset=ISO-8859-1"));
    server.enqueue(new MockResponse().setBody("{\"code\":\"0\",\"msg\":\"success\",\"psn\":\"1\"}")
        .setHeader("Content-Type", "text/html"));
    Till till = till();

    assertThat(till.createOrder(sale("F-ctype")).transNo()).isEqualTo("26112523304100000000");
    assertThatThrownBy(() -> till.createOrder(sale("F-ctype2"))).isInstanceOf(ResponseSignatureException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void answerWithoutSignIsNotTrustedAndItsPsnOnlyClaimed() {
    ObjectNode unsigned = SignedAnswers.withData(SignedAnswers.envelope("0", "success", PSN), PUSHED);
    answer(200, SignedAnswers.json(unsigned));
    thenWouldSucceed();
    Till till = till();

    assertThatThrownBy(() -> till.createOrder(sale("F-nosign")))
        .isInstanceOfSatisfying(ResponseSignatureException.class, e -> {
          assertThat(e.psn()).isNull();
          assertThat(e.getMessage()).contains("has no sign", "claims psn " + PSN);
          assertThat(e.isSafeToRetry()).isFalse();
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void answerSignedByAnotherKeyIsNotTrusted() {
    answer(200, SignedAnswers.sign(SignedAnswers.withData(SignedAnswers.envelope("0", "success", PSN), PUSHED),
        SignedAnswers.generate()));
    thenWouldSucceed();
    Till till = till();

    assertThatThrownBy(() -> till.createOrder(sale("F-otherkey")))
        .isInstanceOfSatisfying(ResponseSignatureException.class, e -> {
          assertThat(e.psn()).isNull();
          assertThat(e.getMessage()).contains("does not verify");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void dataTamperedAfterSigningIsNotTrusted() {
    answer(200, SignedAnswers.success(PSN, PUSHED).replace("34.50", "3.45"));
    thenWouldSucceed();
    Till till = till();

    assertThatThrownBy(() -> till.createOrder(sale("F-tampered")))
        .isInstanceOfSatisfying(ResponseSignatureException.class, e -> assertThat(e.psn()).isNull());
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void errorBodyWithForgedSignIsASignatureFailureNotAGatewayError() {
    answer(409, "{\"code\":\"E09001\",\"msg\":\"duplicate\",\"psn\":\"" + PSN + "\",\"sign\":\"Zm9yZ2Vk\"}");
    thenWouldSucceed();
    Till till = till();

    assertThatThrownBy(() -> till.createOrder(sale("F-forged409")))
        .isInstanceOfSatisfying(ResponseSignatureException.class, e -> assertThat(e.httpStatus()).isEqualTo(409));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  // ---- accepted variations ----

  @Test
  void unknownMembersAtTopLevelAndInDataAreAccepted() {
    Map<String, Object> data = new LinkedHashMap<>(PUSHED);
    data.put("new_member_2030", "x");
    data.put("nested_new", Map.of("a", 1));
    ObjectNode answer = SignedAnswers.withData(SignedAnswers.envelope("0", "success", PSN), data);
    answer.put("api_version", "9.9");
    answer.putObject("extra").put("b", true);
    answer(200, SignedAnswers.sign(answer, SignedAnswers.GATEWAY));

    OrderPushed pushed = till().createOrder(sale("F-extra"));

    assertThat(pushed.transNo()).isEqualTo("26112523304100000000");
    assertThat(pushed.transAmount()).contains(new BigDecimal("34.50"));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void missingOptionalMembersAreAccepted() {
    ObjectNode answer = SignedAnswers.withData(SignedAnswers.envelope("0", "success", PSN),
        Map.of("trans_no", "T-only"));
    answer.remove("msg");
    answer(200, SignedAnswers.sign(answer, SignedAnswers.GATEWAY));

    OrderPushed pushed = till().createOrder(sale("F-sparse"));

    assertThat(pushed.transNo()).isEqualTo("T-only");
    assertThat(pushed.messageId()).isEmpty();
    assertThat(pushed.terminalOnlineStatus()).isEmpty();
    assertThat(pushed.transAmount()).isEmpty();
  }

  @Test
  void missingRequiredMemberOfDataIsMalformedButKeepsTheVerifiedPsn() {
    answer(200, SignedAnswers.success(PSN, Map.of("message_id", "m1")));
    Till till = till();

    assertThatThrownBy(() -> till.createOrder(sale("F-notransno")))
        .isInstanceOfSatisfying(MalformedResponseException.class, e -> {
          assertThat(e.psn()).isEqualTo(PSN);
          assertThat(e.getMessage()).contains("OrderPushed");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  // ---- response timestamps: the runtime verifies none ----

  private Transaction queryWithEndTime(String transEndTime) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("trans_no", "T1");
    data.put("trans_type", 1);
    data.put("trans_status", 2);
    data.put("merchant_order_no", "F-time");
    data.put("order_amount", new BigDecimal("34.50"));
    data.put("trans_end_time", transEndTime);
    answer(200, SignedAnswers.success(PSN, data));
    return till().queryOrder(ImmutableOrderQuery.builder().merchantOrderNo("F-time").build());
  }

  @Test
  void oddButWellFormedEndTimesAreReturnedAsSentAndChangeNothingElse() throws IOException {
    for (String odd : new String[] {"1970-01-01 00:00:00", "2999-12-31 23:59:59", "0001-01-01 00:00:00"}) {
      Transaction transaction = queryWithEndTime(odd);

      assertThat(transaction.transEndTime()).contains(LocalDateTime.parse(odd.replace(' ', 'T')));
      assertThat(transaction.transStatus()).isEqualTo(TransStatus.SUCCESS);
      assertThat(transaction.orderAmount()).contains(new BigDecimal("34.50"));
      client.close();
      stop();
      start();
    }
  }

  @Test
  void unparsableEndTimeFailsTheWholeAnswerClearlyWithItsPsn() {
    // Answers are decoded whole or not at all; the psn lets the caller ask CodePay and query again.
    assertThatThrownBy(() -> queryWithEndTime("2023-12-05T08:12:43.5+09:00"))
        .isInstanceOfSatisfying(MalformedResponseException.class, e -> {
          assertThat(e.psn()).isEqualTo(PSN);
          assertThat(e.getMessage()).contains("Transaction");
        });
  }

  @Test
  void everyRowIsACodePayException() {
    server.enqueue(new MockResponse().setResponseCode(500).setBody(""));
    Till till = till();

    assertThatThrownBy(() -> till.createOrder(sale("F-empty500"))).isInstanceOf(CodePayException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
