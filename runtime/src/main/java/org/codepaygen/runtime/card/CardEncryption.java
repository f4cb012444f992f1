package org.codepaygen.runtime.card;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * How card data is encrypted for {@code pay.merchant.checkout} (protocol §9), and the one place where it is.
 *
 * <ul>
 *   <li>{@link #rsa(PublicKey)}, the default of every client: {@code RSA/ECB/OAEPPadding} (OAEP with SHA-1 and
 *       MGF1-SHA-1) with the gateway's public key; the plaintext is cut into chunks of at most the key's size in
 *       bytes minus 42 (214 for RSA-2048), each encrypted on its own, the outputs concatenated, then Base64.
 *       {@code enc_type} is {@code RSA}.
 *   <li>{@link #aes(byte[])}: {@code AES/ECB/PKCS5Padding} with the app's 32-byte AES key, then Base64;
 *       {@code enc_type} is {@code AES}. ECB is the protocol's choice, not a recommendation (equal blocks of
 *       plaintext give equal ciphertext): prefer RSA unless CodePay asks you for AES.
 * </ul>
 *
 * <p>The plaintext is the UTF-8 JSON {@code {"card_type":…,"pan":…,"expiry":"MMYY","cvv":…,"holder":…}}, made
 * in a buffer that is zeroed as soon as it is encrypted; the {@link CardDetails} are destroyed afterwards too.
 */
public final class CardEncryption {
  /** OAEP with SHA-1 costs 2 × 20 + 2 bytes of every RSA block. */
  private static final int OAEP_SHA1_OVERHEAD = 42;
  /** Card JSON is never written with buffers that outlive the call. */
  private static final JsonFactory JSON = JsonFactory.builder()
      .recyclerPool(JsonRecyclerPools.nonRecyclingPool())
      .build();

  private final String encType;
  private final PublicKey publicKey;
  private final SecretKeySpec aesKey;

  private CardEncryption(String encType, PublicKey publicKey, SecretKeySpec aesKey) {
    this.encType = encType;
    this.publicKey = publicKey;
    this.aesKey = aesKey;
  }

  /** RSA mode with the gateway's public key (at least 2048 bits, as every CodePay key). */
  public static CardEncryption rsa(PublicKey gatewayPublicKey) {
    if (!(Objects.requireNonNull(gatewayPublicKey, "gatewayPublicKey") instanceof RSAPublicKey)) {
      throw new IllegalArgumentException("Card encryption needs the gateway's RSA public key");
    }
    return new CardEncryption("RSA", gatewayPublicKey, null);
  }

  /** AES mode with the app's AES-256 key; the array is copied. */
  public static CardEncryption aes(byte[] key) {
    if (Objects.requireNonNull(key, "key").length != 32) {
      throw new IllegalArgumentException(
          "The AES card key must be 32 bytes (AES-256); this one has " + key.length);
    }
    return new CardEncryption("AES", null, new SecretKeySpec(key, "AES"));
  }

  /** AES mode with the app's AES-256 key as CodePay hands it out: standard Base64 of 32 bytes. */
  public static CardEncryption aesBase64(String key) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(Objects.requireNonNull(key, "key").strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The AES card key is not standard Base64");
    }
    try {
      return aes(bytes);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /** {@code RSA} or {@code AES}, the {@code enc_type} sent beside the card. */
  public String encType() {
    return encType;
  }

  /**
   * The {@code card} text for {@code details}; destroys {@code details}, whatever happens.
   *
   * @throws org.codepaygen.runtime.error.ValidationException when the card expired since it was built
   * @throws IllegalStateException when {@code details} were destroyed already
   */
  public String encrypt(CardDetails details, Clock clock) {
    WipeableBuffer plaintext = new WipeableBuffer();
    try {
      details.writeTo((type, pan, expiry, cvv, holder) -> writeJson(plaintext, type, pan, expiry, cvv, holder), clock);
      return Base64.getEncoder().encodeToString(encryptBytes(plaintext.bytes(), plaintext.size()));
    } finally {
      plaintext.wipe();
      details.destroy();
    }
  }

  /** Encrypts the first {@code length} bytes of {@code plaintext} as this mode does; for the card and for tests. */
  byte[] encryptBytes(byte[] plaintext, int length) {
    try {
      if (aesKey != null) {
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, aesKey);
        return cipher.doFinal(plaintext, 0, length);
      }
      int blockBytes = (((RSAPublicKey) publicKey).getModulus().bitLength() + 7) / 8;
      int chunk = blockBytes - OAEP_SHA1_OVERHEAD;
      Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int offset = 0; offset < length; offset += chunk) {
        cipher.init(Cipher.ENCRYPT_MODE, publicKey);
        out.writeBytes(cipher.doFinal(plaintext, offset, Math.min(chunk, length - offset)));
      }
      return out.toByteArray();
    } catch (GeneralSecurityException e) {
      // Messages of the JCE never contain the plaintext; keep only the class so nothing card-related can leak.
      throw new IllegalStateException("Card data could not be encrypted (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static void writeJson(
      WipeableBuffer out, CardType type, char[] pan, YearMonth expiry, char[] cvv, char[] holder) {
    char[] mmyy = {
      (char) ('0' + expiry.getMonthValue() / 10), (char) ('0' + expiry.getMonthValue() % 10),
      (char) ('0' + expiry.getYear() / 10 % 10), (char) ('0' + expiry.getYear() % 10)
    };
    try (JsonGenerator gen = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      gen.writeStartObject();
      gen.writeStringField("card_type", type.name());
      gen.writeFieldName("pan");
      gen.writeString(pan, 0, pan.length);
      gen.writeFieldName("expiry");
      gen.writeString(mmyy, 0, mmyy.length);
      gen.writeFieldName("cvv");
      gen.writeString(cvv, 0, cvv.length);
      if (holder.length > 0) {
        gen.writeFieldName("holder");
        gen.writeString(holder, 0, holder.length);
      }
      gen.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("Card data could not be written", e);
    } finally {
      Arrays.fill(mmyy, '\0');
    }
  }

  /** A byte buffer whose contents can be zeroed, unlike {@link ByteArrayOutputStream#toByteArray()} copies. */
  private static final class WipeableBuffer extends ByteArrayOutputStream {
    /** Big enough for any card, so the buffer never grows and leaves a copy behind. */
    WipeableBuffer() {
      super(512);
    }

    byte[] bytes() {
      return buf;
    }

    void wipe() {
      Arrays.fill(buf, (byte) 0);
      reset();
    }
  }
}
