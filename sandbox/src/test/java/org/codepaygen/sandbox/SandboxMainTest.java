package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import org.codepaygen.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's --app-aes-key: a file of Base64, never quoted back. */
class SandboxMainTest {
  @TempDir Path dir;

  @Test
  void startsWithAnAesKeyFileAndTakesAesCards() throws Exception {
    Path key = Files.writeString(dir.resolve("aes.key"), Base64.getEncoder().encodeToString(TestCards.AES_KEY) + "\n");
    Map<String, String> flags = SandboxMain.parse(new String[] {
        "--merchant-public-key", Fixtures.path(Fixtures.MERCHANT_PUBLIC).toString(), "--port", "0",
        "--gateway-private-key", Fixtures.path(Fixtures.GATEWAY_PRIVATE_PKCS8).toString(),
        "--app-aes-key", key.toString(), "--gateway-public-key-out", dir.resolve("g.pem").toString(),
        "--certificate-out", dir.resolve("c.pem").toString()});

    try (CodePaySandbox sandbox = SandboxMain.start(flags, new PrintStream(new ByteArrayOutputStream()))) {
      SandboxClient.Answer answer = new SandboxClient(sandbox, Clock.systemUTC()).call("pay.merchant.checkout",
          MerchantCheckoutTest.checkout("A" + System.nanoTime(), "34.50", "AES",
              TestCards.aes(TestCards.json(TestCards.SUCCEEDS), TestCards.AES_KEY)));

      assertThat(answer.data().get("trans_status").intValue()).as(answer.raw()).isEqualTo(2);
    }
  }

  @Test
  void refusesAKeyFileThatIsNotBase64WithoutQuotingIt() throws Exception {
    Path key = Files.writeString(dir.resolve("aes.key"), "not*base64*secret", StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> SandboxMain.readAesKey(key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aes.key")
        .hasMessageNotContaining("secret");
  }
}
