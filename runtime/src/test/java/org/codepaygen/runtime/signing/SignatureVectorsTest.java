package org.codepaygen.runtime.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codepaygen.runtime.TestVectors;
import org.codepaygen.runtime.TestVectors.Vector;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.json.WireMembers;
import org.codepaygen.runtime.keys.CodePayKeys;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every openssl vector in test-fixtures/files: canonical string, signatures with both key formats, verification. */
class SignatureVectorsTest {
  static List<Vector> vectors() {
    return TestVectors.signatureVectors();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void canonicalStringOfReceivedBodyMatchesVector(Vector vector) throws Exception {
    WireMembers members = WireMembers.parse(vector.body().getBytes(StandardCharsets.UTF_8));

    assertThat(CanonicalForm.of(members.wireTexts())).isEqualTo(vector.canonical());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void canonicalStringOfJsonTreeMatchesVector(Vector vector) throws Exception {
    ObjectNode tree = (ObjectNode) CodePayJson.mapper().readTree(vector.body());
    Map<String, String> texts = new LinkedHashMap<>();
    tree.fields().forEachRemaining(e -> texts.put(e.getKey(), CodePayJson.wireText(e.getValue())));

    assertThat(CanonicalForm.of(texts)).isEqualTo(vector.canonical());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void signatureWithPkcs8KeyIsByteIdenticalToOpenssl(Vector vector) {
    RequestSigner signer = new RequestSigner(CodePayKeys.privateKey(TestVectors.read("merchant-private-pkcs8.pem")));

    assertThat(signer.sign(vector.canonical())).isEqualTo(vector.sign());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void signatureWithPkcs1KeyIsByteIdenticalToOpenssl(Vector vector) {
    RequestSigner signer = new RequestSigner(CodePayKeys.privateKey(TestVectors.read("merchant-private-pkcs1.pem")));

    assertThat(signer.sign(vector.canonical())).isEqualTo(vector.sign());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void opensslSignatureVerifiesWithMerchantPublicKey(Vector vector) {
    SignatureVerifier verifier = new SignatureVerifier(TestVectors.merchantPublicKey());

    assertThat(verifier.verify(vector.canonical(), vector.sign())).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void changingAnyOneCharacterOfAnyValueBreaksVerification(Vector vector) throws Exception {
    SignatureVerifier verifier = new SignatureVerifier(TestVectors.merchantPublicKey());
    ObjectNode tree = (ObjectNode) CodePayJson.mapper().readTree(vector.body());
    int checked = 0;
    for (Map.Entry<String, JsonNode> member : iterable(tree)) {
      String text = CodePayJson.wireText(member.getValue());
      if (member.getKey().equals("sign") || text == null || text.isEmpty()) {
        continue;
      }
      for (int i = 0; i < text.length(); i++) {
        String changed = text.substring(0, i) + (char) (text.charAt(i) ^ 1) + text.substring(i + 1);
        Map<String, String> texts = wireTexts(tree);
        texts.put(member.getKey(), changed);
        assertThat(verifier.verify(CanonicalForm.of(texts), vector.sign()))
            .as("%s with %s[%d] changed", vector.name(), member.getKey(), i)
            .isFalse();
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(50);
  }

  private static Map<String, String> wireTexts(ObjectNode tree) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : iterable(tree)) {
      texts.put(e.getKey(), CodePayJson.wireText(e.getValue()));
    }
    return texts;
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(ObjectNode tree) {
    return tree::fields;
  }
}
