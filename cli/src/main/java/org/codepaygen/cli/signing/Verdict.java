package org.codepaygen.cli.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.codepaygen.runtime.signing.SignatureVerifier;

/**
 * Whether a body's {@code sign} verifies, and if not, why. {@link SignatureVerifier} decides; only when it says no
 * is the signature opened with the public key (RSA's public operation, PKCS#1 v1.5 type 1) to tell a signature of
 * another key from a signature of this key over another string.
 */
record Verdict(Reason reason, String explanation) {
  enum Reason {
    VERIFIED("verified"),
    NO_SIGN("no_sign"),
    BAD_BASE64("bad_base64"),
    WRONG_KEY("wrong_key"),
    OTHER_STRING("other_string"),
    OTHER_DIGEST("other_digest");

    final String code;

    Reason(String code) {
      this.code = code;
    }
  }

  static Verdict of(String canonical, String sign, PublicKey key) {
    if (sign == null) {
      return new Verdict(Reason.NO_SIGN, "the body has no sign member (or it is empty), so nothing vouches for it");
    }
    byte[] signature;
    try {
      signature = Base64.getDecoder().decode(sign);
    } catch (IllegalArgumentException e) {
      return new Verdict(Reason.BAD_BASE64, "sign is not standard Base64 (A-Z a-z 0-9 + /, = padding, no line"
          + " breaks or spaces): " + e.getMessage());
    }
    if (new SignatureVerifier(key).verify(canonical, sign)) {
      return new Verdict(Reason.VERIFIED, "the sign is this key's SHA256withRSA signature of the canonical string");
    }
    int keyBytes = (((RSAKey) key).getModulus().bitLength() + 7) / 8;
    if (signature.length != keyBytes) {
      return new Verdict(Reason.WRONG_KEY, "sign decodes to " + signature.length + " bytes, but a signature by this"
          + " " + keyBytes * 8 + "-bit key has " + keyBytes + ": it was made by another key or is damaged");
    }
    DigestInfo signed = open(signature, key);
    if (signed == null) {
      return new Verdict(Reason.WRONG_KEY, "the sign was not made by the private key of this public key (or it is"
          + " damaged): check that you verify with the other side's public key");
    }
    if (!signed.getAlgorithmId().getAlgorithm().equals(NISTObjectIdentifiers.id_sha256)) {
      return new Verdict(Reason.OTHER_DIGEST, "the sign was made by this key but with digest "
          + signed.getAlgorithmId().getAlgorithm().getId() + ", not SHA-256: it is not an RSA2 signature");
    }
    return new Verdict(Reason.OTHER_STRING, "the sign was made by this key, but over another string than the"
        + " canonical string checked (SHA-256 " + hex(sha256(canonical)) + ", signed " + hex(signed.getDigest())
        + "): compare the members and their values exactly as written (34.50 is not 34.5)");
  }

  boolean verified() {
    return reason == Reason.VERIFIED;
  }

  /** The DigestInfo inside a PKCS#1 v1.5 signature, or {@code null} when the key does not open it. */
  private static DigestInfo open(byte[] signature, PublicKey key) {
    try {
      Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
      rsa.init(Cipher.DECRYPT_MODE, key);
      return DigestInfo.getInstance(rsa.doFinal(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return null;
    }
  }

  private static byte[] sha256(String canonical) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK has no SHA-256", e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
