package org.codepaygen.sandbox;

import java.security.PrivateKey;
import java.security.PublicKey;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.keys.CodePayKeys;

/** The openssl-made test keys of test-fixtures/files. */
final class TestKeys {
  private TestKeys() {}

  static PrivateKey merchantPrivateKey() {
    return CodePayKeys.privateKey(read("merchant-private-pkcs8.pem"));
  }

  static PublicKey merchantPublicKey() {
    return CodePayKeys.publicKey(read("merchant-public.pem"));
  }

  private static String read(String file) {
    return Fixtures.text(file);
  }
}
