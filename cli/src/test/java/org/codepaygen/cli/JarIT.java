package org.codepaygen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.json.CodePayJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar as a user runs it: java -jar codepay-cli.jar, reading standard input, with exit codes. */
class JarIT {
  private static final String BODY =
      "{\"app_id\":\"wz6012822ca2f1as78\",\"method\":\"order.query\",\"order_amount\":34.50,\"note\":\"Café\"}";

  @TempDir Path dir;

  @BeforeAll
  static void openssl() {
    Processes.assumeOpenssl();
  }

  @Test
  void keysGenerateWritesKeysOpensslReads() throws Exception {
    Processes.Result run = codepay(new byte[0], "keys", "generate", "--dir", dir.toString());

    assertThat(run.exit()).as(run.stderr()).isZero();
    assertThat(run.out()).contains("Wrote a new RSA-2048 key pair");
    assertThat(Openssl.run("rsa", "-in", dir.resolve("merchant-private-pkcs1.pem").toString(), "-check", "-noout"))
        .contains("RSA key ok");
    assertThat(codepay(new byte[0], "keys", "generate", "--dir", dir.toString()).exit()).isEqualTo(1);
  }

  @Test
  void signFromStandardInputVerifiesWithOpenssl() throws Exception {
    Processes.Result run = codepay(BODY.getBytes(StandardCharsets.UTF_8), "sign", "--json",
        "--key", Fixtures.path(Fixtures.MERCHANT_PRIVATE_PKCS1).toString());

    assertThat(run.exit()).as(run.stderr()).isZero();
    JsonNode json = CodePayJson.mapper().readTree(run.stdout());
    assertThat(Openssl.verifies(Fixtures.path(Fixtures.MERCHANT_PUBLIC), json.get("canonical").textValue(),
        json.get("sign").textValue(), dir)).isTrue();
  }

  @Test
  void signInsertThenVerifyAndATamperedCopyFails() throws Exception {
    Processes.Result signed = codepay(BODY.getBytes(StandardCharsets.UTF_8), "sign", "--insert",
        "--key", Fixtures.path(Fixtures.MERCHANT_PRIVATE_PKCS8).toString());
    String publicKey = Fixtures.path(Fixtures.MERCHANT_PUBLIC).toString();

    Processes.Result verified = codepay(signed.stdout(), "verify", "--public-key", publicKey);
    Processes.Result tampered = codepay(signed.out().replace("34.50", "34.5").getBytes(StandardCharsets.UTF_8),
        "verify", "--public-key", publicKey);

    assertThat(signed.out()).startsWith(BODY.substring(0, BODY.length() - 1) + ",\"sign\":\"").endsWith("\"}");
    assertThat(verified.exit()).as(verified.stderr()).isZero();
    assertThat(verified.out()).startsWith("verified\n");
    assertThat(tampered.exit()).isEqualTo(1);
    assertThat(tampered.out()).contains("over another string", "&order_amount=34.5\n");
  }

  @Test
  void usageErrorIsExitTwo() {
    Processes.Result run = codepay(new byte[0], "verify");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.stderr()).contains("--public-key");
  }

  private static Processes.Result codepay(byte[] stdin, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar()));
    command.addAll(List.of(args));
    return Processes.run(command, stdin);
  }

  private static String jar() {
    String jar = System.getProperty("codepay.cli.jar");
    assertThat(jar).as("failsafe passes the jar's path as codepay.cli.jar").isNotNull();
    assertThat(Path.of(jar)).exists();
    return jar;
  }
}
