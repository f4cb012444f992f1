package org.codepaygen.cli.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.codepaygen.cli.Cli;
import org.codepaygen.cli.CodePayCli;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.json.CodePayJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** codepay sandbox serves until stopped, and its written files are what codepay call needs. */
class SandboxCommandTest {
  @TempDir Path dir;

  @Test
  void servesWithTheFilesItWroteUntilInterrupted() throws Exception {
    Path certificate = dir.resolve("cert.pem");
    Path gatewayKey = dir.resolve("gateway.pem");
    StringWriter out = new StringWriter();
    CommandLine commandLine = CodePayCli.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serving = new Thread(() -> exit.set(commandLine.execute("sandbox", "--port", "0",
        "--merchant-public-key", Fixtures.path(Fixtures.MERCHANT_PUBLIC).toString(),
        "--certificate-out", certificate.toString(), "--gateway-public-key-out", gatewayKey.toString(),
        "--notification-delay", "PT0.1S", "--time-scale", "1000", "--max-orders", "10",
        "--notification-encoding", "form", "--request-timeout", "PT5S", "--json")));
    serving.start();
    try {
      JsonNode started = awaitJson(out);
      assertThat(started.get("certificate").textValue()).isEqualTo(certificate.toString());

      Cli.Run run = Cli.run("call", "order.query", "merchant_order_no=none",
          "--base-url", started.get("base_url").textValue(),
          "--key", Fixtures.path(Fixtures.MERCHANT_PRIVATE_PKCS8).toString(),
          "--gateway-key", gatewayKey.toString(), "--trust-certificate", certificate.toString());

      // A refusal proves the round trip: TLS trusted through the written certificate, answer verified with the
      // written gateway key.
      assertThat(run.err()).contains("E09002", "psn=");
    } finally {
      serving.interrupt();
      serving.join(Duration.ofSeconds(30).toMillis());
    }
    assertThat(serving.isAlive()).isFalse();
    assertThat(exit.get()).isZero();
  }

  @Test
  void aNegativeDelayIsRefused() {
    Cli.Run run = Cli.run("sandbox", "--port", "0", "--merchant-public-key",
        Fixtures.path(Fixtures.MERCHANT_PUBLIC).toString(), "--notification-delay", "-PT1S",
        "--certificate-out", dir.resolve("c.pem").toString(),
        "--gateway-public-key-out", dir.resolve("g.pem").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("negative");
  }

  @Test
  void anAesKeyOfTheWrongLengthIsRefusedWithoutQuotingIt() throws Exception {
    Path key = Files.writeString(dir.resolve("aes.key"), "c2hvcnQta2V5LXNlY3JldA==\n");

    Cli.Run run = Cli.run("sandbox", "--port", "0", "--merchant-public-key",
        Fixtures.path(Fixtures.MERCHANT_PUBLIC).toString(), "--app-aes-key", key.toString(),
        "--certificate-out", dir.resolve("c.pem").toString(),
        "--gateway-public-key-out", dir.resolve("g.pem").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("32 bytes").doesNotContain("c2hvcnQta2V5LXNlY3JldA", "short-key-secret");
  }

  @Test
  void aZeroIdleTimeoutIsRefusedByTheSandbox() {
    Cli.Run run = Cli.run("sandbox", "--port", "0", "--merchant-public-key",
        Fixtures.path(Fixtures.MERCHANT_PUBLIC).toString(), "--idle-timeout", "PT0S",
        "--certificate-out", dir.resolve("c.pem").toString(),
        "--gateway-public-key-out", dir.resolve("g.pem").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("idleTimeout must be positive");
  }

  @Test
  void anUnknownNotificationEncodingIsAUsageError() {
    Cli.Run run = Cli.run("sandbox", "--port", "0", "--notification-encoding", "xml");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--notification-encoding", "JSON", "FORM");
  }

  @Test
  void aBasicAuthFileWithoutUserAndPasswordIsRefusedUnquoted() throws Exception {
    Path credentials = java.nio.file.Files.writeString(dir.resolve("basic"), "only-a-secret\n");
    Cli.Run run = Cli.run("sandbox", "--port", "0", "--merchant-public-key",
        Fixtures.path(Fixtures.MERCHANT_PUBLIC).toString(), "--basic-auth", credentials.toString(),
        "--certificate-out", dir.resolve("c.pem").toString(),
        "--gateway-public-key-out", dir.resolve("g.pem").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("user:password").doesNotContain("only-a-secret");
  }

  @Test
  void aMissingMerchantKeyIsRefused() {
    Cli.Run run = Cli.run("sandbox", "--port", "0", "--merchant-public-key", dir.resolve("none.pem").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("none.pem");
  }

  private static JsonNode awaitJson(StringWriter out) throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      String text = out.toString();
      if (text.contains("}")) {
        return CodePayJson.mapper().readTree(text);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the sandbox did not start within 60 s");
  }
}
