package org.codepaygen.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.keys.CodePayKeys;
import org.codepaygen.runtime.signing.CanonicalForm;
import org.codepaygen.runtime.signing.RequestSigner;

/** Gateway answers signed with a gateway key made for the test run, and the shared merchant test keys. */
final class SignedAnswers {
  static final KeyPair GATEWAY = generate();

  private SignedAnswers() {}

  static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String read(String file) {
    return Fixtures.text(file);
  }

  static PrivateKey merchantPrivateKey() {
    return CodePayKeys.privateKey(read("merchant-private-pkcs8.pem"));
  }

  static PublicKey merchantPublicKey() {
    return CodePayKeys.publicKey(read("merchant-public.pem"));
  }

  static ObjectNode envelope(String code, String msg, String psn) {
    ObjectNode answer = CodePayJson.mapper().createObjectNode();
    answer.put("code", code);
    answer.put("msg", msg);
    answer.put("psn", psn);
    return answer;
  }

  /** A success answer whose data is a JSON-encoded string, as the sandbox sends it. */
  static String success(String psn, Map<String, ?> data) {
    return sign(withData(envelope("0", "success", psn), data), GATEWAY);
  }

  static ObjectNode withData(ObjectNode answer, Map<String, ?> data) {
    answer.put("data", json(CodePayJson.mapper().valueToTree(data)));
    return answer;
  }

  static String error(String code, String msg, String psn) {
    return sign(envelope(code, msg, psn), GATEWAY);
  }

  /** Adds a {@code sign} made with {@code keys} over every member and writes the answer. */
  static String sign(ObjectNode answer, KeyPair keys) {
    Map<String, String> texts = new LinkedHashMap<>();
    answer.fields().forEachRemaining(m -> texts.put(m.getKey(), CodePayJson.wireText(m.getValue())));
    answer.put("sign", new RequestSigner(keys.getPrivate()).sign(CanonicalForm.of(texts)));
    return json(answer);
  }

  static String json(JsonNode node) {
    try {
      return CodePayJson.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
