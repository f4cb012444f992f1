package org.codepaygen.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.keys.CodePayKeys;

/**
 * Card plaintexts and their encryption as a merchant makes it (protocol §9), with the test gateway key of
 * test-fixtures: {@code RSA/ECB/OAEPPadding} per 214-byte chunk, or AES-256-ECB.
 */
final class TestCards {
  static final String SUCCEEDS = "4242424242424242";
  static final String DECLINED = "4000000000000002";
  static final String CHALLENGE = "4000000000003220";
  static final String CVV = "737";
  static final byte[] AES_KEY = "0123456789abcdef0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final int CHUNK = 214;

  private TestCards() {}

  static PrivateKey gatewayPrivateKey() {
    return CodePayKeys.privateKey(Fixtures.text(Fixtures.GATEWAY_PRIVATE_PKCS8));
  }

  static PublicKey gatewayPublicKey() {
    return CodePayKeys.publicKey(Fixtures.text(Fixtures.GATEWAY_PUBLIC));
  }

  /** An expiry two years ahead, MMYY. */
  static String futureExpiry() {
    YearMonth later = YearMonth.now(ZoneOffset.UTC).plusYears(2);
    return String.format("%02d%02d", later.getMonthValue(), later.getYear() % 100);
  }

  static String json(String pan, String expiry) {
    return "{\"card_type\":\"CREDIT\",\"pan\":\"" + pan + "\",\"expiry\":\"" + expiry + "\",\"cvv\":\"" + CVV
        + "\",\"holder\":\"Ada Lovelace\"}";
  }

  static String json(String pan) {
    return json(pan, futureExpiry());
  }

  static String rsa(String plaintext) {
    try {
      byte[] bytes = plaintext.getBytes(StandardCharsets.UTF_8);
      Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
      rsa.init(Cipher.ENCRYPT_MODE, gatewayPublicKey());
      ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
      for (int offset = 0; offset < bytes.length; offset += CHUNK) {
        encrypted.writeBytes(rsa.doFinal(bytes, offset, Math.min(CHUNK, bytes.length - offset)));
      }
      return Base64.getEncoder().encodeToString(encrypted.toByteArray());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String aes(String plaintext, byte[] key) {
    try {
      Cipher aes = Cipher.getInstance("AES/ECB/PKCS5Padding");
      aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
      return Base64.getEncoder().encodeToString(aes.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
