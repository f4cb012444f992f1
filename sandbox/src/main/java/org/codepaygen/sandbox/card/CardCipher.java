package org.codepaygen.sandbox.card;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.interfaces.RSAKey;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * Decrypts the {@code card} of {@code pay.merchant.checkout} (protocol §9): {@code RSA} with the gateway private
 * key, OAEP with SHA-1 and MGF1-SHA-1 (what the JDK means by {@code RSA/ECB/OAEPPadding}, and openssl's
 * {@code rsa_padding_mode:oaep} default), one 256-byte block per chunk of at most 214 plaintext bytes; or {@code AES}
 * with the app's 256-bit key in {@code AES/ECB/PKCS5Padding} when the sandbox has one. Failures say what failed,
 * never what was received.
 */
public final class CardCipher {
  /** The app AES key's length: AES-256. */
  public static final int AES_KEY_BYTES = 32;
  private static final OAEPParameterSpec OAEP_SHA1 = new OAEPParameterSpec(
      "SHA-1", "MGF1", MGF1ParameterSpec.SHA1, PSource.PSpecified.DEFAULT);

  private final PrivateKey gatewayPrivateKey;
  private final int rsaBlockBytes;
  private final SecretKeySpec aesKey;

  /** @param appAesKey the app's AES-256 key, or {@code null} when AES mode is not offered */
  public CardCipher(PrivateKey gatewayPrivateKey, byte[] appAesKey) {
    this.gatewayPrivateKey = gatewayPrivateKey;
    this.rsaBlockBytes = (((RSAKey) gatewayPrivateKey).getModulus().bitLength() + 7) / 8;
    if (appAesKey != null && appAesKey.length != AES_KEY_BYTES) {
      throw new IllegalArgumentException(
          "The app AES key must be " + AES_KEY_BYTES + " bytes (AES-256), was " + appAesKey.length);
    }
    this.aesKey = appAesKey == null ? null : new SecretKeySpec(appAesKey, "AES");
  }

  /** Whether {@code enc_type} {@code AES} can be decrypted. */
  public boolean hasAesKey() {
    return aesKey != null;
  }

  /** The plaintext of an {@code enc_type=RSA} card; the caller wipes it after use. */
  public byte[] decryptRsa(String card) throws CardException {
    byte[] encrypted = base64(card);
    if (encrypted.length == 0 || encrypted.length % rsaBlockBytes != 0) {
      throw new CardException("card is not a sequence of " + rsaBlockBytes + "-byte RSA blocks");
    }
    ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
    try {
      Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
      rsa.init(Cipher.DECRYPT_MODE, gatewayPrivateKey, OAEP_SHA1);
      for (int offset = 0; offset < encrypted.length; offset += rsaBlockBytes) {
        byte[] chunk = rsa.doFinal(encrypted, offset, rsaBlockBytes);
        plaintext.writeBytes(chunk);
        Arrays.fill(chunk, (byte) 0);
      }
    } catch (GeneralSecurityException e) {
      throw new CardException("card does not decrypt with the gateway key (RSA-OAEP, SHA-1)");
    }
    return plaintext.toByteArray();
  }

  /** The plaintext of an {@code enc_type=AES} card; the caller wipes it after use. */
  public byte[] decryptAes(String card) throws CardException {
    if (aesKey == null) {
      throw new IllegalStateException("No app AES key: check hasAesKey() first");
    }
    byte[] encrypted = base64(card);
    try {
      Cipher aes = Cipher.getInstance("AES/ECB/PKCS5Padding");
      aes.init(Cipher.DECRYPT_MODE, aesKey);
      return aes.doFinal(encrypted);
    } catch (GeneralSecurityException e) {
      throw new CardException("card does not decrypt with the app AES key (AES-256-ECB, PKCS#5 padding)");
    }
  }

  private static byte[] base64(String card) throws CardException {
    try {
      return Base64.getDecoder().decode(card);
    } catch (IllegalArgumentException e) {
      throw new CardException("card is not standard Base64");
    }
  }
}
