package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.sandbox.SandboxClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox decrypts cards that openssl encrypted: RSA-OAEP with the test gateway key, and AES-256-ECB. */
class CardOpensslTest {
  private static final int CHUNK = 214;
  private static CodePaySandbox sandbox;
  private static SandboxClient client;

  @TempDir
  Path work;

  @BeforeAll
  static void start() {
    assumeTrue(Openssl.available(), "openssl is not on the PATH; skipping the openssl card checks");
    sandbox = CodePaySandbox.builder().merchantPublicKey(TestKeys.merchantPublicKey())
        .gatewayPrivateKey(TestCards.gatewayPrivateKey()).appAesKey(TestCards.AES_KEY).start();
    client = new SandboxClient(sandbox, Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private void openssl(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("openssl"));
    command.addAll(List.of(arguments));
    Path log = work.resolve("openssl.log");
    assertThat(Openssl.run(command, log)).as(Files.readString(log)).isZero();
  }

  /** Encrypts each 214-byte chunk with openssl pkeyutl and concatenates the blocks, Base64. */
  private String rsaByOpenssl(String plaintext, String... extraOptions) throws Exception {
    byte[] bytes = plaintext.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[0];
    for (int offset = 0, n = 0; offset < bytes.length; offset += CHUNK, n++) {
      Path in = Files.write(work.resolve("chunk" + n), Arrays.copyOfRange(bytes, offset,
          Math.min(bytes.length, offset + CHUNK)));
      Path out = work.resolve("chunk" + n + ".bin");
      List<String> arguments = new ArrayList<>(List.of("pkeyutl", "-encrypt", "-pubin", "-inkey",
          Fixtures.path(Fixtures.GATEWAY_PUBLIC).toString(), "-pkeyopt", "rsa_padding_mode:oaep"));
      for (String option : extraOptions) {
        arguments.add("-pkeyopt");
        arguments.add(option);
      }
      arguments.addAll(List.of("-in", in.toString(), "-out", out.toString()));
      openssl(arguments.toArray(String[]::new));
      byte[] block = Files.readAllBytes(out);
      assertThat(block).hasSize(256);
      byte[] joined = Arrays.copyOf(all, all.length + block.length);
      System.arraycopy(block, 0, joined, all.length, block.length);
      all = joined;
    }
    return Base64.getEncoder().encodeToString(all);
  }

  private static Answer pay(String encType, String card) {
    return client.call("pay.merchant.checkout", MerchantCheckoutTest.checkout(
        "O" + System.nanoTime(), "34.50", encType, card));
  }

  @Test
  void acceptsAnRsaCardEncryptedByOpenssl() throws Exception {
    Answer answer = pay("RSA", rsaByOpenssl(TestCards.json(TestCards.SUCCEEDS)));

    assertThat(answer.ok()).as(answer.raw()).isTrue();
    assertThat(answer.data().get("trans_status").intValue()).isEqualTo(2);
  }

  @Test
  void acceptsAFourHundredBytePlaintextInTwoOpensslBlocks() throws Exception {
    String card = TestCards.json(TestCards.SUCCEEDS);
    String plaintext = card.replace("}", ",\"note\":\"" + "n".repeat(400 - card.length() - 10) + "\"}");
    assertThat(plaintext.getBytes(StandardCharsets.UTF_8)).hasSize(400);

    String encrypted = rsaByOpenssl(plaintext);

    assertThat(Base64.getDecoder().decode(encrypted)).hasSize(512);
    assertThat(pay("RSA", encrypted).data().get("trans_status").intValue()).isEqualTo(2);
  }

  @Test
  void refusesOaepWithAnotherDigest() throws Exception {
    Answer answer = pay("RSA", rsaByOpenssl(TestCards.json(TestCards.SUCCEEDS), "rsa_oaep_md:sha256"));

    assertThat(answer.code()).isEqualTo("E08003");
    assertThat(answer.msg()).contains("card does not decrypt");
  }

  @Test
  void acceptsAnAesCardEncryptedByOpenssl() throws Exception {
    Path in = Files.writeString(work.resolve("card.json"), TestCards.json(TestCards.SUCCEEDS));
    Path out = work.resolve("card.bin");
    openssl("enc", "-aes-256-ecb", "-K", HexFormat.of().formatHex(TestCards.AES_KEY), "-in", in.toString(),
        "-out", out.toString());

    Answer answer = pay("AES", Base64.getEncoder().encodeToString(Files.readAllBytes(out)));

    assertThat(answer.ok()).as(answer.raw()).isTrue();
    assertThat(answer.data().get("trans_status").intValue()).isEqualTo(2);
  }
}
