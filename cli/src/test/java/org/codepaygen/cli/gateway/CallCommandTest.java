package org.codepaygen.cli.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.codepaygen.cli.Cli;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.keys.CodePayKeys;
import org.codepaygen.sandbox.CodePaySandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** codepay call against the sandbox in-process: verified success, verified refusal, and what is never sent. */
class CallCommandTest {
  private static CodePaySandbox sandbox;
  private static Path certificate;
  private static Path gatewayKey;

  @TempDir static Path dir;

  @BeforeAll
  static void start() throws Exception {
    sandbox = CodePaySandbox.builder()
        .merchantPublicKey(CodePayKeys.publicKey(Fixtures.text(Fixtures.MERCHANT_PUBLIC)))
        .port(0)
        .start();
    certificate = Files.writeString(dir.resolve("sandbox-cert.pem"), sandbox.certificatePem());
    gatewayKey = Files.writeString(dir.resolve("gateway-public.pem"), sandbox.gatewayPublicKeyPem());
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void aSaleIsSentSignedAndItsVerifiedAnswerPrintedWithThePsn() throws Exception {
    Cli.Run run = call("wisehub.cloud.pay.order", "terminal_sn=WPYC002251000042",
        "message_receiving_application=CodePay Register", "pay_scenario=SWIPE_CARD",
        "merchant_order_no=cli-sale-1", "price_currency=USD", "order_amount:=34.50", "trans_type:=1", "--json");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = CodePayJson.mapper().readTree(run.out());
    assertThat(json.get("ok").booleanValue()).isTrue();
    assertThat(json.get("psn").textValue()).matches("\\d{20}");
    assertThat(json.get("data").get("trans_amount").decimalValue()).isEqualByComparingTo("34.50");
    assertThat(json.get("data").get("trans_no").textValue()).isNotBlank();
  }

  @Test
  void parametersComeFromAFileAndTheTextOutputShowsThePsn() throws Exception {
    call("wisehub.cloud.pay.order", "terminal_sn=WPYC002251000042", "message_receiving_application=CodePay Register",
        "pay_scenario=SWIPE_CARD", "merchant_order_no=cli-file-1", "price_currency=USD", "order_amount=12.00",
        "trans_type=1");
    Path params = Files.writeString(dir.resolve("query.json"), "{\"merchant_order_no\":\"cli-file-1\"}");

    Cli.Run run = call("order.query", "--params", params.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("Verified answer from https://localhost:\\d+/ to order.query, psn \\d{20}:")
        .contains("\"merchant_order_no\" : \"cli-file-1\"", "\"order_amount\" : 12.00");
  }

  @Test
  void aGatewayErrorIsExitOneWithCodeMessageAndPsn() throws Exception {
    Cli.Run run = call("order.query", "merchant_order_no=never-made", "--json");

    assertThat(run.exit()).isEqualTo(1);
    JsonNode json = CodePayJson.mapper().readTree(run.out());
    assertThat(json.get("ok").booleanValue()).isFalse();
    assertThat(json.get("code").textValue()).isEqualTo("E09002");
    assertThat(json.get("http_status").intValue()).isEqualTo(404);
    assertThat(json.get("psn").textValue()).matches("\\d{20}");
    assertThat(json.get("safe_to_retry").booleanValue()).isTrue();
  }

  @Test
  void aGatewayErrorInTextSaysWhatToDo() {
    Cli.Run run = call("no.such.method");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("E07303", "psn=", "safe to send again");
  }

  @Test
  void anAnswerThatDoesNotVerifyWithTheGivenGatewayKeyIsNotPrinted() throws Exception {
    Cli.Run run = Cli.run(args(List.of("order.query", "merchant_order_no=x", "--json"),
        Fixtures.path(Fixtures.MERCHANT_PUBLIC)));

    assertThat(run.exit()).isEqualTo(1);
    JsonNode json = CodePayJson.mapper().readTree(run.out());
    assertThat(json.get("error").textValue()).isEqualTo("ResponseSignatureException");
    assertThat(json.has("data")).isFalse();
  }

  @Test
  void anEmojiIsRefusedBeforeAnythingIsSent() {
    Cli.Run run = call("order.query", "merchant_order_no=x", "description=croissant \uD83E\uDD50");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("description", "BMP_ONLY");
  }

  @Test
  void cleartextAndUsageMistakesAreRefused() {
    Cli.Run cleartext = Cli.run("call", "order.query", "--base-url", "http://localhost:" + sandbox.port() + "/",
        "--app-id", sandbox.appId(), "--key", Fixtures.path(Fixtures.MERCHANT_PRIVATE_PKCS8).toString(),
        "--gateway-key", gatewayKey.toString());
    Cli.Run notAParam = call("order.query", "merchant_order_no");
    Cli.Run noAppId = Cli.run("call", "order.query", "--base-url", "production",
        "--key", Fixtures.path(Fixtures.MERCHANT_PRIVATE_PKCS8).toString(), "--gateway-key", gatewayKey.toString());

    assertThat(cleartext.exit()).isEqualTo(1);
    assertThat(cleartext.err()).contains("HTTPS");
    assertThat(notAParam.exit()).isEqualTo(2);
    assertThat(notAParam.err()).contains("not name=value");
    assertThat(noAppId.exit()).isEqualTo(2);
    assertThat(noAppId.err()).contains("--app-id is required");
  }

  private static Cli.Run call(String... methodAndParams) {
    return Cli.run(args(List.of(methodAndParams), gatewayKey));
  }

  private static String[] args(List<String> methodAndParams, Path gatewayPublicKey) {
    List<String> args = new ArrayList<>(List.of("call"));
    args.addAll(methodAndParams);
    args.addAll(List.of("--base-url", sandbox.baseUrl(),
        "--key", Fixtures.path(Fixtures.MERCHANT_PRIVATE_PKCS8).toString(),
        "--gateway-key", gatewayPublicKey.toString(),
        "--trust-certificate", certificate.toString()));
    return args.toArray(String[]::new);
  }
}
