package org.codepaygen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.codepaygen.annotations.CodePayApi;
import org.codepaygen.runtime.error.ValidationException;
import org.junit.jupiter.api.Test;

class CodePayClientTest {
  @CodePayApi
  interface NeverProcessed {}

  interface NotAnnotated {}

  private static CodePayClient.Builder complete() {
    return CodePayClient.builder()
        .baseUrl(CodePayClient.SANDBOX)
        .appId("wz6012822ca2f1as78")
        .merchantPrivateKey(TestVectors.merchantPrivateKey())
        .gatewayPublicKey(TestGateway.keys().getPublic());
  }

  @Test
  void createExplainsWhenProcessorDidNotRun() {
    CodePayClient client = complete().build();

    assertThatThrownBy(() -> client.create(NeverProcessed.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CodePay_CodePayClientTest_NeverProcessed")
        .hasMessageContaining("annotation processor path");
  }

  @Test
  void createRefusesInterfaceWithoutAnnotation() {
    assertThatThrownBy(() -> complete().build().create(NotAnnotated.class))
        .hasMessageContaining("not an interface annotated @CodePayApi");
  }

  @Test
  void buildListsEveryMissingSetting() {
    assertThatThrownBy(() -> CodePayClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("CodePayClient needs baseUrl, appId, merchantPrivateKey, gatewayPublicKey");
  }

  @Test
  void appIdLongerThan32IsRefused() {
    assertThatThrownBy(() -> complete().appId("a".repeat(33)).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).isEqualTo("MAX_LENGTH"));
  }

  @Test
  void toStringRevealsNoKeys() {
    assertThat(complete().build().toString()).isEqualTo("CodePayClient");
  }
}
