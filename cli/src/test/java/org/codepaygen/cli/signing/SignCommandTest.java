package org.codepaygen.cli.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.codepaygen.cli.Cli;
import org.codepaygen.cli.CodePayCli;
import org.codepaygen.cli.Openssl;
import org.codepaygen.cli.Processes;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.json.CodePayJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** codepay sign: the canonical string and sign, checked against openssl-made vectors and openssl itself. */
class SignCommandTest {
  private static final String KEY = Fixtures.path(Fixtures.MERCHANT_PRIVATE_PKCS8).toString();

  @TempDir Path dir;

  @Test
  void signsEveryVectorAsOpensslDid() throws Exception {
    JsonNode vectors = CodePayJson.mapper().readTree(Fixtures.bytes(Fixtures.SIGNATURE_VECTORS));
    for (JsonNode vector : vectors) {
      Path body = Files.writeString(dir.resolve(vector.get("name").textValue() + ".json"),
          vector.get("body").textValue());

      Cli.Run run = Cli.run("sign", body.toString(), "--key", KEY, "--json");

      assertThat(run.exit()).as(run.err()).isZero();
      JsonNode json = CodePayJson.mapper().readTree(run.out());
      assertThat(json.get("canonical").textValue()).as(vector.get("name").textValue())
          .isEqualTo(vector.get("canonical").textValue());
      assertThat(json.get("sign").textValue()).as(vector.get("name").textValue())
          .isEqualTo(vector.get("sign").textValue());
    }
  }

  @Test
  void opensslVerifiesTheSignOverThePrintedCanonicalString() throws Exception {
    Processes.assumeOpenssl();
    Path body = Files.writeString(dir.resolve("body.json"),
        "{\"description\":\"Café 東京\",\"order_amount\":34.50,\"attach\":\"\",\"tip\":null,\"app_id\":\"A\"}",
        StandardCharsets.UTF_8);

    Cli.Run run = Cli.run("sign", body.toString(), "--key", KEY, "--json");

    JsonNode json = CodePayJson.mapper().readTree(run.out());
    assertThat(json.get("canonical").textValue()).isEqualTo("app_id=A&description=Café 東京&order_amount=34.50");
    assertThat(Openssl.verifies(Fixtures.path(Fixtures.MERCHANT_PUBLIC), json.get("canonical").textValue(),
        json.get("sign").textValue(), dir)).isTrue();
  }

  @Test
  void textOutputShowsTheCanonicalStringAndTheSign() throws Exception {
    Path body = Files.writeString(dir.resolve("body.json"), "{\"b\":\"2\",\"a\":1}");

    Cli.Run run = Cli.run("sign", body.toString(), "--key", KEY);

    assertThat(run.out()).contains("Canonical string, signed as its UTF-8 bytes:\na=1&b=2\nsign:\n");
  }

  @Test
  void insertAddsSignAndKeepsEveryOtherByte() throws Exception {
    for (String original : List.of(
        "{\n  \"b\": \"x\",\n  \"a\": 34.50\n}\n",
        "{\"a\":1}",
        "  {}  ",
        "{\"n\": [1, {\"k\": \"v\"}] , \"s\":\"\\u00e9\"\t}")) {
      byte[] bytes = original.getBytes(StandardCharsets.UTF_8);
      String sign = CodePayJson.mapper().readTree(
          Cli.run("sign", Files.write(dir.resolve("b.json"), bytes).toString(), "--key", KEY, "--json").out())
          .get("sign").textValue();

      byte[] inserted = insert(dir.resolve("b.json"));

      String text = new String(inserted, StandardCharsets.UTF_8);
      String member = (original.contains("{}") ? "" : ",") + "\"sign\":\"" + sign + "\"";
      assertThat(text).as(original).contains(member);
      assertThat(text.replace(member, "")).as(original).isEqualTo(original);
      assertThat(CodePayJson.mapper().readTree(inserted).get("sign").textValue()).isEqualTo(sign);
    }
  }

  @Test
  void insertRefusesABodyThatIsSignedAlready() throws Exception {
    Path body = Files.writeString(dir.resolve("body.json"), "{\"a\":1,\"SIGN\":\"old\"}");

    Cli.Run run = Cli.run("sign", body.toString(), "--key", KEY, "--insert");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("has a sign member already");
  }

  @Test
  void refusesWhatIsNotOneJsonObjectAndMisuse() throws Exception {
    Path notJson = Files.writeString(dir.resolve("body.json"), "a=1&b=2");

    Cli.Run bad = Cli.run("sign", notJson.toString(), "--key", KEY);
    Cli.Run both = Cli.run("sign", notJson.toString(), "--key", KEY, "--insert", "--json");
    Cli.Run missingKey = Cli.run("sign", notJson.toString(), "--key", dir.resolve("none.pem").toString());

    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err()).contains("not one JSON object");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(missingKey.exit()).isEqualTo(1);
  }

  /** Runs sign --insert with its raw output captured. */
  private static byte[] insert(Path body) {
    CommandLine commandLine = CodePayCli.commandLine();
    SignCommand sign = commandLine.getSubcommands().get("sign").getCommand();
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    sign.rawOut = raw;
    Cli.Run run = Cli.run(commandLine, "sign", body.toString(), "--key", KEY, "--insert");
    assertThat(run.exit()).as(run.err()).isZero();
    return raw.toByteArray();
  }
}
