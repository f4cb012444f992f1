package org.codepaygen.benchmarks.baseline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CodePay protocol as a careful merchant would write it by hand with Jackson and the JCA: envelope, sorted
 * canonical string, SHA256withRSA, answer verified before its {@code code} and {@code data} are read. It is the
 * baseline the generated client is compared with, so it does the same protocol work and nothing more: no model
 * rules, no typed exceptions, no send guard.
 */
public final class HandWrittenProtocol {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private final String appId;
  private final String merchantNo;
  private final PrivateKey merchantKey;
  private final PublicKey gatewayKey;

  public HandWrittenProtocol(String appId, String merchantNo, PrivateKey merchantKey, PublicKey gatewayKey) {
    this.appId = appId;
    this.merchantNo = merchantNo;
    this.merchantKey = merchantKey;
    this.gatewayKey = gatewayKey;
  }

  public static ObjectNode newBody() {
    return MAPPER.createObjectNode();
  }

  /** Adds the envelope and the signature to the business members and returns the bytes to send. */
  public byte[] encode(String method, ObjectNode body) throws IOException {
    body.put("app_id", appId);
    body.put("format", "JSON");
    body.put("charset", "UTF-8");
    body.put("sign_type", "RSA2");
    body.put("version", "1.0");
    body.put("timestamp", Long.toString(System.currentTimeMillis()));
    body.put("method", method);
    body.put("merchant_no", merchantNo);
    body.put("sign", sign(canonical(body)));
    return MAPPER.writeValueAsBytes(body);
  }

  /** Verifies the answer, checks its code and reads its JSON-encoded {@code data} as {@code type}. */
  public <T> T decode(byte[] answer, Class<T> type) throws IOException {
    JsonNode tree = MAPPER.readTree(answer);
    if (!verify(canonical(tree), tree.path("sign").asText())) {
      throw new IOException("The answer's signature does not verify");
    }
    if (!"0".equals(tree.path("code").asText())) {
      throw new IOException("CodePay error " + tree.path("code").asText() + ": " + tree.path("msg").asText());
    }
    return MAPPER.readValue(tree.path("data").asText(), type);
  }

  private static String canonical(JsonNode members) {
    Map<String, String> sorted = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = members.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      JsonNode value = member.getValue();
      String text = value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText();
      if (!member.getKey().equals("sign") && !value.isNull() && !text.isEmpty()) {
        sorted.put(member.getKey(), text);
      }
    }
    StringBuilder canonical = new StringBuilder(256);
    sorted.forEach((key, text) -> {
      if (canonical.length() > 0) {
        canonical.append('&');
      }
      canonical.append(key).append('=').append(text);
    });
    return canonical.toString();
  }

  private String sign(String canonical) {
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(merchantKey);
      signature.update(canonical.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private boolean verify(String canonical, String base64Signature) {
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initVerify(gatewayKey);
      signature.update(canonical.getBytes(StandardCharsets.UTF_8));
      return signature.verify(Base64.getDecoder().decode(base64Signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }
}
