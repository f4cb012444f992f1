package org.codepaygen.benchmarks.firstcall;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Reads the PKCS#8 and SubjectPublicKeyInfo PEM files with the JDK alone. Both first-call programs load keys this
 * way, so the figure compares the clients, not key parsers ({@code CodePayKeys}, which accepts many more formats,
 * would add Bouncy Castle's class loading to ours).
 */
final class PemKeys {
  private PemKeys() {}

  static PrivateKey privateKey(Path pem) throws IOException, GeneralSecurityException {
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
  }

  static PublicKey publicKey(Path pem) throws IOException, GeneralSecurityException {
    return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
  }

  private static byte[] der(Path pem) throws IOException {
    String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "");
    return Base64.getMimeDecoder().decode(base64);
  }
}
