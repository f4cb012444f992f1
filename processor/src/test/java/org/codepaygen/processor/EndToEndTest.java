package org.codepaygen.processor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.error.ValidationException;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.keys.CodePayKeys;
import org.codepaygen.runtime.signing.CanonicalForm;
import org.codepaygen.runtime.signing.RequestSigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shop spec compiled with the processor, its generated client obtained through {@code CodePayClient.create}
 * and called against a MockWebServer that answers as the gateway would, signing with a key made for the run.
 */
class EndToEndTest {
  private static final long NOW = 1764115200000L;
  private static KeyPair gateway;

  private final CompiledSpec shop = CompiledSpec.shop();
  private MockWebServer server;
  private Object cloudPay;

  @BeforeAll
  static void makeGatewayKey() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    gateway = generator.generateKeyPair();
  }

  @BeforeEach
  void startGateway() throws Exception {
    server = new MockWebServer();
    server.start();
    CodePayClient client = CodePayClient.builder()
        .baseUrl(server.url("/").toString())
        .appId("app-1")
        .merchantNo("302300000926")
        .merchantPrivateKey(CodePayKeys.privateKey(Fixtures.text(Fixtures.MERCHANT_PRIVATE_PKCS8)))
        .gatewayPublicKey(gateway.getPublic())
        .clock(Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC))
        .allowCleartextLoopback()
        .build();
    cloudPay = client.create(shop.type("CloudPay"));
  }

  @AfterEach
  void stopGateway() throws Exception {
    server.shutdown();
  }

  @Test
  void createOrderSendsTheExactSignedJsonAndReturnsTheVerifiedAnswer() throws Exception {
    server.enqueue(answer("P-1", "{\"message_id\":\"m-1\",\"trans_no\":\"T-1\",\"added_later\":true}"));

    Object pushed = call("createOrder", order().build());

    assertThat(CompiledSpec.get(pushed, "messageId")).isEqualTo("m-1");
    assertThat(CompiledSpec.get(pushed, "transNo")).isEqualTo("T-1");
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/api/entry");
    String body = request.getBody().readUtf8();
    String sign = CodePayJson.mapper().readTree(body).get("sign").textValue();
    assertThat(body).isEqualTo("{\"merchant_order_no\":\"M-1001\",\"order_amount\":34.50,\"trans_type\":1,"
        + "\"attach\":\"card ending 4242\",\"items\":\"[{\\\"name\\\":\\\"Tea\\\",\\\"quantity\\\":2,"
        + "\\\"price\\\":1.50}]\",\"app_id\":\"app-1\",\"format\":\"JSON\",\"charset\":\"UTF-8\","
        + "\"sign_type\":\"RSA2\",\"version\":\"1.0\",\"timestamp\":\"1764115200000\","
        + "\"method\":\"wisehub.cloud.pay.order\",\"merchant_no\":\"302300000926\",\"sign\":\"" + sign + "\"}");
    String canonical = "app_id=app-1&attach=card ending 4242&charset=UTF-8&format=JSON"
        + "&items=[{\"name\":\"Tea\",\"quantity\":2,\"price\":1.50}]&merchant_no=302300000926"
        + "&merchant_order_no=M-1001&method=wisehub.cloud.pay.order&order_amount=34.50&sign_type=RSA2"
        + "&timestamp=1764115200000&trans_type=1&version=1.0";
    assertThat(verifies(CodePayKeys.publicKey(Fixtures.text(Fixtures.MERCHANT_PUBLIC)), canonical, sign))
        .as("sign verifies with merchant-public.pem").isTrue();
  }

  @Test
  void queryOrderCompletesItsFutureWithTheAnswer() throws Exception {
    server.enqueue(answer("P-2", "{\"trans_no\":\"T-1\",\"trans_type\":1,\"trans_status\":2,\"tipped\":false,"
        + "\"card_type\":1,\"receipt_print_mode\":0,\"sequence\":5,\"rate\":1,\"exchange_rate\":1,"
        + "\"retries\":0,\"batch_no\":3,\"settled\":true,\"channel\":1,\"region\":2,\"fee\":0.5,\"discount\":0,"
        + "\"points\":0,\"trans_end_time\":\"2026-01-02 03:04:05\",\"settlement_date\":\"2026-01-02\"}"));
    Object query = shop.builder("OrderQuery").set("merchantOrderNo", "M-1001").build();

    CompletableFuture<?> future = (CompletableFuture<?>) call("queryOrder", query);

    Object status = future.get(5, TimeUnit.SECONDS);
    assertThat(CompiledSpec.get(status, "transStatus")).isEqualTo(2);
    assertThat(CompiledSpec.get(status, "transType")).isEqualTo(shop.constant("TransType", "SALE"));
    JsonNode sent = CodePayJson.mapper().readTree(server.takeRequest().getBody().readUtf8());
    assertThat(sent.get("method").textValue()).isEqualTo("order.query");
    assertThat(sent.get("merchant_order_no").textValue()).isEqualTo("M-1001");
    assertThat(sent.has("trans_no")).isFalse();
  }

  @Test
  void voidRevokeVerifiesAnEnvelopeOnlyAnswer() throws Exception {
    server.enqueue(answer("P-3", null));
    Object revoke = shop.builder("RevokeOrder").set("merchantOrderNo", "M-1001").build();

    assertThat(call("revoke", revoke)).isNull();

    JsonNode sent = CodePayJson.mapper().readTree(server.takeRequest().getBody().readUtf8());
    assertThat(sent.get("method").textValue()).isEqualTo("order.revoker");
  }

  @Test
  void futureOfVoidCompletesWithNull() throws Exception {
    server.enqueue(answer("P-4", null));
    Object revoke = shop.builder("RevokeOrder").set("merchantOrderNo", "M-1001").build();

    assertThat(((CompletableFuture<?>) call("revokeLater", revoke)).get(5, TimeUnit.SECONDS)).isNull();
  }

  @Test
  void anEmojiThrowsBeforeAnyRequestIsMade() {
    Object built = order().build();
    Object withEmoji = Proxy.newProxyInstance(shop, new Class<?>[] {shop.type("CreateOrder")},
        (proxy, method, args) -> method.getName().equals("note") ? "thanks \uD83D\uDE00"
            : CompiledSpec.get(built, method.getName()));

    assertThatThrownBy(() -> call("createOrder", withEmoji))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.rule()).isEqualTo("BMP_ONLY");
          assertThat(e.property()).isEqualTo("note");
        });
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aTooLongValueFailsTheFutureBeforeAnyRequestIsMade() {
    Object tooLong = Proxy.newProxyInstance(shop, new Class<?>[] {shop.type("OrderQuery")},
        (proxy, method, args) -> switch (method.getName()) {
          case "merchantOrderNo" -> "M".repeat(33);
          case "transNo" -> java.util.Optional.empty();
          default -> throw new UnsupportedOperationException(method.getName());
        });

    CompletableFuture<?> future = (CompletableFuture<?>) call("queryOrder", tooLong);

    assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause().isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.rule()).isEqualTo("MAX_LENGTH"));
    assertThat(server.getRequestCount()).isZero();
  }

  private CompiledSpec.Builder order() {
    Object tea = shop.builder("Item").set("name", "Tea").set("quantity", 2).set("price", new BigDecimal("1.50"))
        .build();
    return shop.builder("CreateOrder")
        .set("merchantOrderNo", "M-1001")
        .set("orderAmount", new BigDecimal("34.50"))
        .set("transType", shop.constant("TransType", "SALE"))
        .set("note", "card ending 4242")
        .set("items", List.of(tea));
  }

  /** Calls the API method {@code name} of the generated client through the user's interface. */
  private Object call(String name, Object request) {
    return CompiledSpec.invoke(shop.type("CloudPay"), cloudPay, name, request);
  }

  /** A success answer signed with the test gateway key; {@code data}, when given, as a JSON-encoded string. */
  private static MockResponse answer(String psn, String data) {
    ObjectNode answer = CodePayJson.mapper().createObjectNode();
    answer.put("code", "0");
    answer.put("msg", "success");
    answer.put("psn", psn);
    if (data != null) {
      answer.put("data", data);
    }
    Map<String, String> texts = new LinkedHashMap<>();
    answer.fields().forEachRemaining(member -> texts.put(member.getKey(), member.getValue().textValue()));
    answer.put("sign", new RequestSigner(gateway.getPrivate()).sign(CanonicalForm.of(texts)));
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(answer.toString());
  }

  private static boolean verifies(PublicKey key, String canonical, String sign) throws GeneralSecurityException {
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(key);
    verifier.update(canonical.getBytes(UTF_8));
    return verifier.verify(Base64.getDecoder().decode(sign));
  }
}
