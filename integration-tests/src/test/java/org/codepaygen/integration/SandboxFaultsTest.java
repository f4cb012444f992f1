package org.codepaygen.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.tls.HandshakeCertificates;
import okio.Buffer;
import org.codepaygen.api.ImmutableOrderQuery;
import org.codepaygen.api.PayScenario;
import org.codepaygen.api.TransType;
import org.codepaygen.api.Transaction;
import org.codepaygen.api.cloud.ImmutableCreateOrder;
import org.codepaygen.api.cloud.OrderPushed;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.error.GatewayErrorException;
import org.codepaygen.runtime.error.ValidationException;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.sandbox.CodePaySandbox;
import org.codepaygen.sandbox.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sandbox side of the fault matrix, through the generated client: clock skew both ways and replays, by a new
 * signed request with a used {@code merchant_order_no} and by the very same bytes sent again.
 */
class SandboxFaultsTest {
  private static final MutableClock SANDBOX_CLOCK = new MutableClock(Instant.now());
  private static CodePaySandbox sandbox;
  private static final List<byte[]> sentBodies = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startSandbox() {
    sandbox = CodePaySandbox.builder().merchantPublicKey(SignedAnswers.merchantPublicKey())
        .notificationDelay(Duration.ofMillis(50)).clock(SANDBOX_CLOCK).start();
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  /** A client whose request timestamps come from {@code clock}, recording every body it sends. */
  private static Till till(Clock clock) {
    OkHttpClient recording = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
      Buffer body = new Buffer();
      chain.request().body().writeTo(body);
      sentBodies.add(body.readByteArray());
      return chain.proceed(chain.request());
    }).build();
    CodePayClient client = CodePayClient.builder()
        .baseUrl(sandbox.baseUrl()).appId(sandbox.appId()).merchantNo(sandbox.merchantNo())
        .merchantPrivateKey(SignedAnswers.merchantPrivateKey()).gatewayPublicKey(sandbox.gatewayPublicKey())
        .trustCertificatePem(sandbox.certificatePem()).clock(clock).okHttpClient(recording)
        .build();
    return client.create(Till.class);
  }

  private static Till onTime() {
    return till(SANDBOX_CLOCK);
  }

  private static ImmutableCreateOrder sale(String merchantOrderNo, String amount) {
    return ImmutableCreateOrder.builder().terminalSn("WPYC002251000042")
        .messageReceivingApplication("CodePay Register").payScenario(PayScenario.SWIPE_CARD)
        .merchantOrderNo(merchantOrderNo).priceCurrency("USD").orderAmount(new BigDecimal(amount))
        .transType(TransType.SALE).build();
  }

  private static void assertNeverCreated(String merchantOrderNo) {
    assertThatThrownBy(() -> onTime().queryOrder(
        ImmutableOrderQuery.builder().merchantOrderNo(merchantOrderNo).build()))
        .isInstanceOfSatisfying(GatewayErrorException.class, e -> assertThat(e.code()).isEqualTo("E09002"));
  }

  private static void assertRefusedForSkew(Duration skew, String merchantOrderNo) {
    Till skewed = till(Clock.offset(SANDBOX_CLOCK, skew));
    int before = sentBodies.size();

    assertThatThrownBy(() -> skewed.createOrder(sale(merchantOrderNo, "34.50")))
        .isInstanceOfSatisfying(GatewayErrorException.class, e -> {
          assertThat(e.code()).isEqualTo("E04002");
          assertThat(e.httpStatus()).isEqualTo(401);
          assertThat(e.psn()).matches("\\d{20}");
          assertThat(e.isSafeToRetry()).isTrue();
          // The sandbox logged the refusal under the client's request id, beside the psn it answered with.
          assertThat(sandbox.requests()).anySatisfy(logged -> {
            assertThat(logged.requestId()).isEqualTo(e.requestId());
            assertThat(logged.psn()).isEqualTo(e.psn());
          });
        });
    assertThat(sentBodies.size() - before).isEqualTo(1);
    assertNeverCreated(merchantOrderNo);
  }

  @Test
  void clientClockSixteenMinutesAheadIsRefusedAndNothingIsCreated() {
    assertRefusedForSkew(Duration.ofMinutes(16), "skew-ahead");
  }

  @Test
  void clientClockSixteenMinutesBehindIsRefusedAndNothingIsCreated() {
    assertRefusedForSkew(Duration.ofMinutes(-16), "skew-behind");
  }

  @Test
  void skewWithinFourteenMinutesEitherWayIsAccepted() {
    assertThat(till(Clock.offset(SANDBOX_CLOCK, Duration.ofMinutes(14))).createOrder(sale("skew-14a", "1.00"))
        .transNo()).isNotBlank();
    assertThat(till(Clock.offset(SANDBOX_CLOCK, Duration.ofMinutes(-14))).createOrder(sale("skew-14b", "1.00"))
        .transNo()).isNotBlank();
  }

  @Test
  void newlySignedRequestWithUsedOrderNumberIsRefusedAndTheFirstOrderStands() {
    Till till = onTime();
    OrderPushed first = till.createOrder(sale("replay-1", "34.50"));

    assertThatThrownBy(() -> till.createOrder(sale("replay-1", "99.00")))
        .isInstanceOfSatisfying(GatewayErrorException.class, e -> {
          assertThat(e.code()).isEqualTo("E09001");
          assertThat(e.httpStatus()).isEqualTo(409);
          assertThat(e.psn()).matches("\\d{20}");
        });
    Transaction stored = till.queryOrder(ImmutableOrderQuery.builder().merchantOrderNo("replay-1").build());
    assertThat(stored.transNo()).isEqualTo(first.transNo());
    assertThat(stored.orderAmount()).contains(new BigDecimal("34.50"));
  }

  @Test
  void sameBytesSentAgainAreRefusedAsDuplicateAndLaterAsStale() throws IOException {
    Till till = onTime();
    int before = sentBodies.size();
    OrderPushed first = till.createOrder(sale("replay-bytes", "12.00"));
    byte[] captured = sentBodies.get(before);

    JsonNode again = replay(captured);
    assertThat(again.get("code").asText()).isEqualTo("E09001");

    SANDBOX_CLOCK.advance(Duration.ofMinutes(16));
    try {
      assertThat(replay(captured).get("code").asText()).isEqualTo("E04002");
    } finally {
      SANDBOX_CLOCK.advance(Duration.ofMinutes(-16));
    }
    Transaction stored = till.queryOrder(ImmutableOrderQuery.builder().merchantOrderNo("replay-bytes").build());
    assertThat(stored.transNo()).isEqualTo(first.transNo());
  }

  @Test
  void requiredPropertyGivenAnEmptyStringIsRefusedBeforeAnythingIsSent() {
    // An empty string is never sent, so the gateway would see the property missing: the builder says so first.
    ImmutableCreateOrder order = ImmutableCreateOrder.copyOf(sale("empty-terminal", "1.00"));

    assertThatThrownBy(() -> ImmutableCreateOrder.builder().terminalSn("")
            .messageReceivingApplication(order.messageReceivingApplication()).payScenario(order.payScenario())
            .merchantOrderNo(order.merchantOrderNo()).priceCurrency(order.priceCurrency())
            .orderAmount(order.orderAmount()).transType(order.transType()).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.rule()).isEqualTo("REQUIRED");
          assertThat(e.property()).isEqualTo("terminalSn");
        });
    assertNeverCreated("empty-terminal");
  }

  /** Sends {@code body} as is, bypassing the CodePay client, and returns the sandbox's answer. */
  private static JsonNode replay(byte[] body) throws IOException {
    HandshakeCertificates trust = new HandshakeCertificates.Builder()
        .addTrustedCertificate(sandbox.certificate()).build();
    OkHttpClient raw = new OkHttpClient.Builder()
        .sslSocketFactory(trust.sslSocketFactory(), trust.trustManager()).build();
    Request request = new Request.Builder().url(sandbox.baseUrl() + "api/entry")
        .post(RequestBody.create(MediaType.get("application/json"), body)).build();
    try (Response response = raw.newCall(request).execute()) {
      return CodePayJson.mapper().readTree(response.body().bytes());
    }
  }
}
