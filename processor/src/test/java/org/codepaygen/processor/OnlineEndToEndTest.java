package org.codepaygen.processor;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.FileData;
import org.codepaygen.runtime.error.ValidationException;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.keys.CodePayKeys;
import org.codepaygen.runtime.signing.CanonicalForm;
import org.codepaygen.runtime.signing.RequestSigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The online spec's generated client against MockWebServer: a map and nested lists of models sent as the protocol
 * says, lists of numbers, and an upload through a generated endpoint whose signature openssl verifies.
 */
class OnlineEndToEndTest {
  private static final long NOW = 1764115200000L;
  private static KeyPair gateway;

  private final CompiledSpec online = CompiledSpec.online();
  private MockWebServer server;
  private Object api;

  @TempDir
  Path work;

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
    api = client.create(online.type("Online"));
  }

  @AfterEach
  void stopGateway() throws IOException {
    server.shutdown();
  }

  @Test
  void checkoutSendsTheMapAndTheOrderDetailAsJsonStringsWithPlainJsonInside() throws Exception {
    server.enqueue(answer("P-1", "{\"pay_url\":\"https://pay.example/1\"}"));
    Map<String, String> extParams = new LinkedHashMap<>();
    extParams.put("channel", "web");
    extParams.put("campaign", "spring");

    Object page = call("checkout", checkout().set("extParams", extParams).set("orderDetail", orderDetail()).build());

    assertThat(CompiledSpec.get(page, "payUrl")).isEqualTo("https://pay.example/1");
    ObjectNode sent = (ObjectNode) CodePayJson.mapper().readTree(server.takeRequest().getBody().readUtf8());
    assertThat(sent.get("ext_params").textValue()).isEqualTo("{\"channel\":\"web\",\"campaign\":\"spring\"}");
    assertThat(sent.get("order_detail").textValue()).isEqualTo("{\"type\":\"GENERAL\",\"data\":{\"items\":["
        + "{\"code\":\"SKU-1\",\"quantity\":2,\"unit_price\":1.50,\"name\":\"Tea\"}],"
        + "\"shipping\":{\"allow_regions\":[\"US\",\"CA\"]}}}");
    Map<String, String> texts = new LinkedHashMap<>();
    sent.properties().forEach(member -> texts.put(member.getKey(), CodePayJson.wireText(member.getValue())));
    assertThat(CanonicalForm.of(texts)).contains(
        "&ext_params={\"channel\":\"web\",\"campaign\":\"spring\"}&",
        "&order_detail={\"type\":\"GENERAL\",\"data\":{\"items\":[{\"code\":\"SKU-1\",");
  }

  @Test
  void anOrderDetailReadBackFromItsJsonStringEqualsTheOneSent() throws Exception {
    Object detail = orderDetail();
    String embedded = CodePayJson.mapper().readTree(CodePayJson.mapper().writeValueAsString(
        checkout().set("orderDetail", detail).build())).get("order_detail").textValue();

    Object read = CodePayJson.mapper().readValue(embedded, online.type("OrderDetail"));

    assertThat(read).isEqualTo(detail);
  }

  @Test
  void listsOfNumbersAndTextsTravelAsJsonStrings() throws Exception {
    server.enqueue(answer("P-2", null));
    Object tally = online.builder("Tally").set("counts", List.of(1, 2)).set("amounts",
        List.of(new BigDecimal("1.50"), new BigDecimal("20"))).set("labels", List.of("a", "b")).build();

    ((CompletableFuture<?>) call("report", tally)).get(5, TimeUnit.SECONDS);

    ObjectNode sent = (ObjectNode) CodePayJson.mapper().readTree(server.takeRequest().getBody().readUtf8());
    assertThat(sent.get("counts").textValue()).isEqualTo("[1,2]");
    assertThat(sent.get("amounts").textValue()).isEqualTo("[1.50,20]");
    assertThat(sent.get("labels").textValue()).isEqualTo("[\"a\",\"b\"]");
    assertThat(sent.has("serials")).isFalse();
  }

  @Test
  void listsAndMapsAreCheckedAndCopied() {
    List<Integer> counts = new java.util.ArrayList<>(List.of(1, 2));
    Object tally = online.builder("Tally").set("counts", counts).set("amounts", List.of()).build();
    counts.add(3);

    assertThat(CompiledSpec.get(tally, "counts")).isEqualTo(List.of(1, 2));
    assertThatThrownBy(() -> online.builder("Tally").set("counts", Arrays.asList(1, null))
            .set("amounts", List.of()).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.rule()).isEqualTo("NULL_ITEM");
          assertThat(e.getMessage()).contains("Tally.counts", "item 1 is null");
        });
    assertThatThrownBy(() -> checkout().set("extParams", Map.of("note", "thanks \uD83D\uDE00")).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.rule()).isEqualTo("BMP_ONLY");
          assertThat(e.property()).isEqualTo("extParams[note]");
        });
    assertThatThrownBy(() -> online.builder("OrderDetail_Regions").set("allowRegions", List.of("US", "\uD83C\uDDFA"))
            .build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.property()).isEqualTo("allowRegions[1]"));
  }

  @Test
  void anUploadThroughAGeneratedEndpointIsSignedMultipartThatOpensslVerifies() throws Exception {
    assumeTrue(opensslAvailable(), "openssl is not on the PATH");
    server.enqueue(answer("P-3", "{\"file_key\":\"fk-7\"}"));
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    Object upload = online.builder("ImageUpload").set("institutionNo", "INST1")
        .set("fileData", FileData.of("logo.png", png)).build();

    Object uploaded = call("upload", upload);

    assertThat(CompiledSpec.get(uploaded, "fileKey")).isEqualTo("fk-7");
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getPath()).isEqualTo("/api/file/upload");
    assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
    assertThat(request.getHeader("Http-Request-Psn")).matches("[0-9]{20}");
    byte[] body = request.getBody().readByteArray();
    String text = new String(body, ISO_8859_1);
    Map<String, String> parts = textParts(text);
    assertThat(parts.keySet()).containsExactly("institution_no", "file_data_hash", "app_id", "format", "charset",
        "sign_type", "version", "timestamp", "method", "merchant_no", "sign");
    assertThat(parts).containsEntry("method", "file.upload")
        .containsEntry("file_data_hash", HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(png)));
    assertThat(text).contains("Content-Disposition: form-data; name=\"file_data\"; filename=\"logo.png\"\r\n"
        + "Content-Type: image/png\r\n");
    assertThat(indexOf(body, png)).as("the file's bytes, unchanged").isPositive();

    Map<String, String> signed = new LinkedHashMap<>(parts);
    signed.remove("sign");
    Path canonical = Files.writeString(work.resolve("canonical.txt"), CanonicalForm.of(signed));
    Path signature = Files.write(work.resolve("upload.sig"), java.util.Base64.getDecoder().decode(parts.get("sign")));
    Process openssl = new ProcessBuilder("openssl", "dgst", "-sha256", "-verify",
        Fixtures.path(Fixtures.MERCHANT_PUBLIC).toString(), "-signature", signature.toString(), canonical.toString())
        .redirectErrorStream(true).start();
    String said = new String(openssl.getInputStream().readAllBytes(), UTF_8);
    assertThat(openssl.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(said.trim()).isEqualTo("Verified OK");
  }

  private CompiledSpec.Builder checkout() {
    return online.builder("Checkout").set("merchantOrderNo", "M-1").set("priceCurrency", "USD")
        .set("orderAmount", new BigDecimal("3.00")).set("description", "Tea");
  }

  private Object orderDetail() {
    Object tea = online.builder("OrderDetail_Item").set("code", "SKU-1").set("quantity", 2)
        .set("unitPrice", new BigDecimal("1.50")).set("name", "Tea").build();
    Object regions = online.builder("OrderDetail_Regions").set("allowRegions", List.of("US", "CA")).build();
    Object data = online.builder("OrderDetail_Data").set("items", List.of(tea)).set("shipping", regions).build();
    return online.builder("OrderDetail").set("type", "GENERAL").set("data", data).build();
  }

  private Object call(String name, Object request) {
    return CompiledSpec.invoke(online.type("Online"), api, name, request);
  }

  /** The text parts of a multipart body, in order. */
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

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean opensslAvailable() {
    try {
      Process process = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A success answer signed with the run's gateway key; {@code data}, when given, as a JSON-encoded string. */
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
}
