package org.codepaygen.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.codepaygen.runtime.keys.CodePayKeys;

/** The shared openssl test keys, read from where the build says they are (system property codepay.vectors). */
final class TestKeys {
  private TestKeys() {}

  static Path vectors() {
    String dir = System.getProperty("codepay.vectors");
    if (dir == null) {
      throw new IllegalStateException("Run through Maven: the system property codepay.vectors is not set");
    }
    return Path.of(dir);
  }

  static PrivateKey merchantPrivateKey() {
    return CodePayKeys.privateKey(read("merchant-private-pkcs8.pem"));
  }

  static PublicKey merchantPublicKey() {
    return CodePayKeys.publicKey(read("merchant-public.pem"));
  }

  private static String read(String file) {
    try {
      return Files.readString(vectors().resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
