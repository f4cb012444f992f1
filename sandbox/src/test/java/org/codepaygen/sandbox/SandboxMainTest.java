package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.error.GatewayErrorException;
import org.codepaygen.runtime.json.CodePayJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's --app-aes-key and --basic-auth: files, never quoted back. */
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
  void startsWithABasicAuthFileAndTakesItsUserAndPasswordOnly() throws Exception {
    Path credentials = Files.writeString(dir.resolve("basic"), "merchant-1:pa:ss word\n");
    Map<String, String> flags = SandboxMain.parse(new String[] {
        "--merchant-public-key", Fixtures.path(Fixtures.MERCHANT_PUBLIC).toString(), "--port", "0",
        "--basic-auth", credentials.toString(), "--gateway-public-key-out", dir.resolve("g.pem").toString(),
        "--certificate-out", dir.resolve("c.pem").toString()});

    try (CodePaySandbox sandbox = SandboxMain.start(flags, new PrintStream(new ByteArrayOutputStream()));
        CodePayClient right = basicClient(sandbox, "pa:ss word");
        CodePayClient wrong = basicClient(sandbox, "pa:ss")) {
      assertThat(codeOf(() -> right.call("order.query", query())))
          .as("the right password passes authentication; only the order is unknown").isEqualTo("E09002");
      assertThat(codeOf(() -> wrong.call("order.query", query()))).isEqualTo("E05002");
    }
  }

  private static String codeOf(ThrowingCallable call) {
    return catchThrowableOfType(call, GatewayErrorException.class).code();
  }

  @Test
  void refusesABasicAuthFileWithoutAColonWithoutQuotingIt() throws Exception {
    Path credentials = Files.writeString(dir.resolve("basic"), "secret-without-user\n");

    assertThatThrownBy(() -> SandboxMain.readBasicAuth(credentials))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("user:password")
        .hasMessageNotContaining("secret");
  }

  private static CodePayClient basicClient(CodePaySandbox sandbox, String password) {
    return CodePayClient.builder()
        .baseUrl(sandbox.baseUrl()).trustCertificatePem(sandbox.certificatePem())
        .appId(sandbox.appId()).merchantNo(sandbox.merchantNo()).gatewayPublicKey(sandbox.gatewayPublicKey())
        .basicAuth("merchant-1", password).build();
  }

  private static ObjectNode query() {
    return CodePayJson.mapper().createObjectNode().put("merchant_order_no", "basic-" + System.nanoTime());
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
