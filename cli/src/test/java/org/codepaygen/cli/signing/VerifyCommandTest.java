package org.codepaygen.cli.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.codepaygen.cli.Cli;
import org.codepaygen.cli.Processes;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.json.CodePayJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** codepay verify: notifications signed by openssl, and an explanation for each way a sign fails. */
class VerifyCommandTest {
  /** A notification's members in wire order, and its canonical string written by hand. */
  private static final String MEMBERS =
      "\"trans_no\":\"T42\",\"trans_status\":2,\"order_amount\":34.50,\"price_currency\":\"USD\",\"attach\":\"\"";
  private static final String CANONICAL = "order_amount=34.50&price_currency=USD&trans_no=T42&trans_status=2";
  private static final String PUBLIC_KEY = Fixtures.path(Fixtures.MERCHANT_PUBLIC).toString();

  @TempDir Path dir;
  private static String opensslSign;

  @BeforeAll
  static void signWithOpenssl(@TempDir Path work) throws Exception {
    Processes.assumeOpenssl();
    Processes.Result result = Processes.run(List.of("openssl", "dgst", "-sha256", "-sign",
        Fixtures.path(Fixtures.MERCHANT_PRIVATE_PKCS8).toString()), CANONICAL.getBytes(StandardCharsets.UTF_8));
    assertThat(result.exit()).as(result.stderr()).isZero();
    opensslSign = Base64.getEncoder().encodeToString(result.stdout());
  }

  @Test
  void aBodySignedByOpensslIsVerified() throws Exception {
    Cli.Run run = verify("{" + MEMBERS + ",\"sign\":\"" + opensslSign + "\"}");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("verified\nCanonical string checked:\n" + CANONICAL + "\n");
  }

  @Test
  void noSign() throws Exception {
    JsonNode json = verifyJson("{" + MEMBERS + "}", PUBLIC_KEY, 1);

    assertThat(json.get("reason").textValue()).isEqualTo("no_sign");
    assertThat(json.get("explanation").textValue()).contains("no sign member");
    assertThat(json.get("canonical").textValue()).isEqualTo(CANONICAL);
  }

  @Test
  void badBase64() throws Exception {
    String wrapped = opensslSign.substring(0, 64) + "\n" + opensslSign.substring(64);
    JsonNode json = verifyJson("{" + MEMBERS + ",\"sign\":" + CodePayJson.mapper().writeValueAsString(wrapped) + "}",
        PUBLIC_KEY, 1);

    assertThat(json.get("reason").textValue()).isEqualTo("bad_base64");
    assertThat(json.get("explanation").textValue()).contains("not standard Base64");
  }

  @Test
  void wrongKey() throws Exception {
    Path otherKey = dir.resolve("other.pem");
    Processes.run(List.of("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out",
        dir.resolve("o.pem").toString()));
    Processes.run(List.of("openssl", "pkey", "-in", dir.resolve("o.pem").toString(), "-pubout", "-out",
        otherKey.toString()));

    JsonNode json = verifyJson("{" + MEMBERS + ",\"sign\":\"" + opensslSign + "\"}", otherKey.toString(), 1);

    assertThat(json.get("reason").textValue()).isEqualTo("wrong_key");
    assertThat(json.get("explanation").textValue()).contains("not made by the private key of this public key");
  }

  @Test
  void aSignOfAnotherKeySizeIsAWrongKey() throws Exception {
    String short1024 = Base64.getEncoder().encodeToString(new byte[128]);

    JsonNode json = verifyJson("{" + MEMBERS + ",\"sign\":\"" + short1024 + "\"}", PUBLIC_KEY, 1);

    assertThat(json.get("reason").textValue()).isEqualTo("wrong_key");
    assertThat(json.get("explanation").textValue()).contains("decodes to 128 bytes", "has 256");
  }

  @Test
  void aChangedValueShowsTheCanonicalStringThatWasChecked() throws Exception {
    String changed = MEMBERS.replace("34.50", "34.5");

    Cli.Run run = verify("{" + changed + ",\"sign\":\"" + opensslSign + "\"}");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("NOT verified: the sign was made by this key, but over another string",
        "Canonical string checked:\n" + CANONICAL.replace("34.50", "34.5"));
  }

  @Test
  void aSha1SignatureByTheRightKeyIsNamed() throws Exception {
    Processes.Result sha1 = Processes.run(List.of("openssl", "dgst", "-sha1", "-sign",
        Fixtures.path(Fixtures.MERCHANT_PRIVATE_PKCS8).toString()), CANONICAL.getBytes(StandardCharsets.UTF_8));
    String sign = Base64.getEncoder().encodeToString(sha1.stdout());

    JsonNode json = verifyJson("{" + MEMBERS + ",\"sign\":\"" + sign + "\"}", PUBLIC_KEY, 1);

    assertThat(json.get("reason").textValue()).isEqualTo("other_digest");
    assertThat(json.get("explanation").textValue()).contains("not SHA-256");
  }

  @Test
  void aBodyThatIsNotJsonIsRefused() throws Exception {
    Cli.Run run = verify("success");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("not one JSON object");
  }

  private Cli.Run verify(String body) throws Exception {
    return verify(body, PUBLIC_KEY);
  }

  private Cli.Run verify(String body, String publicKey, String... more) throws Exception {
    Path file = Files.writeString(dir.resolve("answer.json"), body, StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>(List.of("verify", file.toString(), "--public-key", publicKey));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private JsonNode verifyJson(String body, String publicKey, int exit) throws Exception {
    Cli.Run run = verify(body, publicKey, "--json");
    assertThat(run.exit()).as(run.err()).isEqualTo(exit);
    return CodePayJson.mapper().readTree(run.out());
  }
}
