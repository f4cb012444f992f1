package org.codepaygen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.keys.CodePayKeys;

/** The openssl vectors and test keys of test-fixtures/files. */
public final class TestVectors {
  private TestVectors() {}

  /** One entry of signature-vectors.json. */
  public record Vector(String name, String body, String canonical, String sign) {
    @Override
    public String toString() {
      return name;
    }
  }

  public static String read(String file) {
    return Fixtures.text(file);
  }

  public static List<Vector> signatureVectors() {
    try {
      JsonNode array = new ObjectMapper().readTree(read("signature-vectors.json"));
      List<Vector> vectors = new ArrayList<>();
      for (JsonNode v : array) {
        vectors.add(
            new Vector(v.get("name").asText(), v.get("body").asText(), v.get("canonical").asText(),
                v.get("sign").asText()));
      }
      return vectors;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static PrivateKey merchantPrivateKey() {
    return CodePayKeys.privateKey(read("merchant-private-pkcs8.pem"));
  }

  public static PublicKey merchantPublicKey() {
    return CodePayKeys.publicKey(read("merchant-public.pem"));
  }
}
