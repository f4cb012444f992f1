package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Error messages follow Accept-Language: en-US, zh-CN, ja-JP, fr-FR, and en-US for anything else. */
class LanguageTest {
  private static CodePaySandbox sandbox;
  private static SandboxClient client;

  @BeforeAll
  static void start() {
    sandbox = CodePaySandbox.builder().merchantPublicKey(TestKeys.merchantPublicKey()).start();
    client = new SandboxClient(sandbox, Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static SandboxClient.Answer send(ObjectNode body, String language) {
    return client.post("api/entry", "application/json", SandboxClient.json(body),
        Map.of("Accept-Language", language));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en-US | The API is not authorized or does not exist",
      "zh-CN | 接口未授权或不存在",
      "ja-JP | API が許可されていないか存在しません",
      "fr-FR | L'API n'est pas autorisée ou n'existe pas",
      "de-DE | The API is not authorized or does not exist",
      "de-DE;q=0.9, ja-JP;q=0.5 | API が許可されていないか存在しません"})
  void answersAnUnknownMethodInTheAskedLanguage(String language, String message) {
    SandboxClient.Answer answer = send(client.sign(client.envelope("no.such.method")), language);

    assertThat(answer.code()).isEqualTo("E07303");
    assertThat(answer.msg()).isEqualTo(message);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en-US | The signature does not verify",
      "zh-CN | 验签失败",
      "ja-JP | 署名の検証に失敗しました",
      "fr-FR | La signature n'est pas valide"})
  void answersABadSignatureInTheAskedLanguage(String language, String message) {
    ObjectNode body = client.sign(client.envelope("order.query"));
    body.put("merchant_order_no", "added-after-signing");

    SandboxClient.Answer answer = send(body, language);

    assertThat(answer.code()).isEqualTo("E05001");
    assertThat(answer.msg()).isEqualTo(message);
  }
}
