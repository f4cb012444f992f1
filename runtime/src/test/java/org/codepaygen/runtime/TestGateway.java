package org.codepaygen.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.signing.CanonicalForm;
import org.codepaygen.runtime.signing.RequestSigner;

/** Writes gateway answers signed with a gateway key made for the test run. */
public final class TestGateway {
  private static final KeyPair KEYS = generate();

  private TestGateway() {}

  public static KeyPair keys() {
    return KEYS;
  }

  /** A fresh RSA-2048 key pair, unrelated to the gateway's. */
  public static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A success answer whose data is a JSON-encoded string, as the sandbox sends it. */
  public static String success(String psn, Map<String, ?> data) {
    ObjectNode answer = envelope("0", "success", psn);
    answer.put("data", json(CodePayJson.mapper().valueToTree(data)));
    return sign(answer, KEYS);
  }

  /** An error answer {@code {code, msg, psn, sign}}. */
  public static String error(String code, String msg, String psn) {
    return sign(envelope(code, msg, psn), KEYS);
  }

  public static ObjectNode envelope(String code, String msg, String psn) {
    ObjectNode answer = CodePayJson.mapper().createObjectNode();
    answer.put("code", code);
    answer.put("msg", msg);
    answer.put("psn", psn);
    return answer;
  }

  /** Adds a {@code sign} made with {@code keys} over the answer's members and writes it. */
  public static String sign(ObjectNode answer, KeyPair keys) {
    Map<String, String> texts = new LinkedHashMap<>();
    answer.fields().forEachRemaining(m -> texts.put(m.getKey(), CodePayJson.wireText(m.getValue())));
    answer.put("sign", new RequestSigner(keys.getPrivate()).sign(CanonicalForm.of(texts)));
    return json(answer);
  }

  public static String json(JsonNode node) {
    try {
      return CodePayJson.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
