package org.codepaygen.runtime.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.keys.CodePayKeys;
import org.junit.jupiter.api.Test;

/** Protocol §9 against openssl, in both directions, with the test gateway keys of test-fixtures. */
class CardEncryptionTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
  private static final PublicKey GATEWAY_PUBLIC = CodePayKeys.publicKey(Fixtures.text(Fixtures.GATEWAY_PUBLIC));
  private static final PrivateKey GATEWAY_PRIVATE =
      CodePayKeys.privateKey(Fixtures.text(Fixtures.GATEWAY_PRIVATE_PKCS8));
  private static final String GATEWAY_PRIVATE_PEM = Fixtures.path(Fixtures.GATEWAY_PRIVATE_PKCS8).toString();
  /** 32 bytes, as a hex string for openssl and as bytes for us. */
  private static final String AES_KEY_HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

  private static CardDetails card() {
    return CardDetails.builder()
        .pan("4242 4242 4242 4242").expiry(YearMonth.of(2030, 12)).cvv("123").holder("Ann Lee").clock(CLOCK).build();
  }

  private static final String PLAINTEXT =
      "{\"card_type\":\"CREDIT\",\"pan\":\"4242424242424242\",\"expiry\":\"1230\",\"cvv\":\"123\",\"holder\":\"Ann Lee\"}";

  @Test
  void rsaCiphertextDecryptsWithOpensslOaepAndTheGatewayPrivateKey() throws Exception {
    byte[] ciphertext = Base64.getDecoder().decode(CardEncryption.rsa(GATEWAY_PUBLIC).encrypt(card(), CLOCK));

    assertThat(ciphertext).hasSize(256);
    assertThat(opensslRsaDecrypt(ciphertext)).asString(StandardCharsets.UTF_8).isEqualTo(PLAINTEXT);
  }

  @Test
  void a400BytePlaintextTakesTwoChunksOf214AndDecryptsWithOpenssl() throws Exception {
    byte[] plaintext = new byte[400];
    for (int i = 0; i < plaintext.length; i++) {
      plaintext[i] = (byte) ('a' + i % 26);
    }

    byte[] ciphertext = CardEncryption.rsa(GATEWAY_PUBLIC).encryptBytes(plaintext, plaintext.length);

    assertThat(ciphertext).hasSize(512);
    byte[] first = Openssl.run(Arrays.copyOfRange(ciphertext, 0, 256), rsaDecryptArgs());
    byte[] second = Openssl.run(Arrays.copyOfRange(ciphertext, 256, 512), rsaDecryptArgs());
    assertThat(first).hasSize(214);
    assertThat(second).hasSize(186);
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    joined.writeBytes(first);
    joined.writeBytes(second);
    assertThat(joined.toByteArray()).isEqualTo(plaintext);
  }

  @Test
  void aChunkOpensslEncryptedWithOaepDecryptsWithTheTransformationWeUse() throws Exception {
    byte[] ciphertext = Openssl.run(PLAINTEXT.getBytes(StandardCharsets.UTF_8),
        "pkeyutl", "-encrypt", "-pubin", "-inkey", Fixtures.path(Fixtures.GATEWAY_PUBLIC).toString(),
        "-pkeyopt", "rsa_padding_mode:oaep");

    Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
    cipher.init(Cipher.DECRYPT_MODE, GATEWAY_PRIVATE);
    assertThat(new String(cipher.doFinal(ciphertext), StandardCharsets.UTF_8)).isEqualTo(PLAINTEXT);
  }

  @Test
  void aesCiphertextEqualsOpensslAes256EcbAndDecryptsWithIt() throws Exception {
    CardEncryption aes = CardEncryption.aesBase64(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(AES_KEY_HEX)));

    byte[] ours = Base64.getDecoder().decode(aes.encrypt(card(), CLOCK));

    byte[] theirs = Openssl.run(PLAINTEXT.getBytes(StandardCharsets.UTF_8), "enc", "-aes-256-ecb", "-K", AES_KEY_HEX);
    assertThat(ours).isEqualTo(theirs);
    assertThat(Openssl.run(ours, "enc", "-d", "-aes-256-ecb", "-K", AES_KEY_HEX))
        .asString(StandardCharsets.UTF_8).isEqualTo(PLAINTEXT);
    assertThat(aes.encType()).isEqualTo("AES");
  }

  @Test
  void rsaIsTheModeNamedRsa() {
    assertThat(CardEncryption.rsa(GATEWAY_PUBLIC).encType()).isEqualTo("RSA");
  }

  @Test
  void anAesKeyOfTheWrongSizeIsRefusedWithoutShowingIt() {
    String key = Base64.getEncoder().encodeToString(new byte[16]);
    assertThatThrownBy(() -> CardEncryption.aesBase64(key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes")
        .hasMessageNotContaining(key);
    assertThatThrownBy(() -> CardEncryption.aesBase64("not base64!"))
        .hasMessageContaining("not standard Base64")
        .hasMessageNotContaining("not base64!");
  }

  @Test
  void theCardIsDestroyedOnceEncryptedAndCannotBeSentTwice() {
    CardDetails card = card();
    CardEncryption rsa = CardEncryption.rsa(GATEWAY_PUBLIC);
    rsa.encrypt(card, CLOCK);

    assertThat(card.isDestroyed()).isTrue();
    assertThatThrownBy(() -> rsa.encrypt(card, CLOCK))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("build new CardDetails");
  }

  @Test
  void aCardThatExpiredSinceItWasBuiltIsRefusedBeforeEncryptingAndDestroyed() {
    CardDetails card = CardDetails.builder()
        .pan("4242424242424242").expiry(YearMonth.of(2026, 12)).cvv("123").clock(CLOCK).build();
    Clock nextYear = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);

    assertThatThrownBy(() -> CardEncryption.rsa(GATEWAY_PUBLIC).encrypt(card, nextYear))
        .hasMessageContaining("CardDetails.expiry breaks rule NOT_EXPIRED");
    assertThat(card.isDestroyed()).isTrue();
  }

  private static byte[] opensslRsaDecrypt(byte[] ciphertext) throws Exception {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    for (int offset = 0; offset < ciphertext.length; offset += 256) {
      plain.writeBytes(Openssl.run(Arrays.copyOfRange(ciphertext, offset, offset + 256), rsaDecryptArgs()));
    }
    return plain.toByteArray();
  }

  private static String[] rsaDecryptArgs() {
    return new String[] {"pkeyutl", "-decrypt", "-inkey", GATEWAY_PRIVATE_PEM, "-pkeyopt", "rsa_padding_mode:oaep"};
  }
}
