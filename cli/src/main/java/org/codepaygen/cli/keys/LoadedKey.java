package org.codepaygen.cli.keys;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import org.codepaygen.runtime.keys.CodePayKeys;

/**
 * A key read from a file by {@code CodePayKeys}: a private key with its public half, or a public key alone.
 *
 * @param privateKey {@code null} for a public key
 */
record LoadedKey(Path file, String encoding, PrivateKey privateKey, PublicKey publicKey) {
  static LoadedKey read(Path file, char[] passphrase) throws IOException {
    KeyText text = KeyText.read(file);
    if (!text.isPrivate()) {
      return new LoadedKey(file, text.encoding(), null, CodePayKeys.publicKey(text.text()));
    }
    PrivateKey privateKey = CodePayKeys.privateKey(text.text(), passphrase);
    return new LoadedKey(file, text.encoding(), privateKey, publicHalf(privateKey));
  }

  boolean isPrivate() {
    return privateKey != null;
  }

  int bits() {
    return ((RSAKey) publicKey).getModulus().bitLength();
  }

  /**
   * SHA-256 of the public key's SubjectPublicKeyInfo DER in lower-case hex, as
   * {@code openssl pkey -pubout -outform DER | openssl dgst -sha256} prints it.
   */
  String fingerprint() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK has no SHA-256", e);
    }
  }

  /** Whether {@code other} holds the same public key, so a private key and a public key belong together. */
  boolean samePublicKey(LoadedKey other) {
    return Arrays.equals(publicKey.getEncoded(), other.publicKey.getEncoded());
  }

  private static PublicKey publicHalf(PrivateKey key) {
    if (!(key instanceof RSAPrivateCrtKey crt)) {
      throw new IllegalArgumentException("The private key lacks its CRT parameters, so its public half is unknown");
    }
    try {
      return KeyFactory.getInstance("RSA")
          .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK cannot make RSA keys", e);
    }
  }
}
