package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.error.GatewayErrorException;
import org.codepaygen.runtime.json.CodePayJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sandbox accepts HTTP Basic authentication (protocol §10) when started with a user, and refuses a wrong one. */
class BasicAuthTest {
  private CodePaySandbox sandbox;

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private CodePaySandbox start(boolean basic) {
    CodePaySandbox.Builder builder = CodePaySandbox.builder().merchantPublicKey(TestKeys.merchantPublicKey());
    sandbox = (basic ? builder.basicAuth("merchant-1", "right-password") : builder).start();
    return sandbox;
  }

  private CodePayClient.Builder client() {
    return CodePayClient.builder()
        .baseUrl(sandbox.baseUrl()).trustCertificatePem(sandbox.certificatePem())
        .appId(sandbox.appId()).merchantNo(sandbox.merchantNo()).gatewayPublicKey(sandbox.gatewayPublicKey());
  }

  private static ObjectNode sale(String orderNo) {
    return CodePayJson.mapper().createObjectNode()
        .put("terminal_sn", "WPYC002251000042").put("message_receiving_application", "CodePay Register")
        .put("pay_scenario", "SWIPE_CARD").put("merchant_order_no", orderNo).put("price_currency", "USD")
        .put("order_amount", "34.50").put("trans_type", 1);
  }

  @Test
  void acceptsTheRightPasswordForCallsAndUploadsAndStillAcceptsSignedRequests() {
    start(true);
    try (CodePayClient basic = client().basicAuth("merchant-1", "right-password").build();
        CodePayClient signed = client().merchantPrivateKey(TestKeys.merchantPrivateKey()).build()) {
      assertThat(basic.call("wisehub.cloud.pay.order", sale("basic-1")).data().get("trans_no").asText())
          .matches("[0-9]{20}");
      assertThat(basic.uploadImage("INST1", "logo.png", new byte[] {1, 2, 3})).isNotEmpty();
      assertThat(signed.call("wisehub.cloud.pay.order", sale("signed-1")).psn()).matches("[0-9]{20}");
    }
  }

  @Test
  void refusesAWrongPasswordWithASignedError() {
    start(true);
    try (CodePayClient wrong = client().basicAuth("merchant-1", "wrong-password").build()) {
      GatewayErrorException e = catchThrowableOfType(
          () -> wrong.call("wisehub.cloud.pay.order", sale("basic-2")), GatewayErrorException.class);

      assertThat(e.code()).isEqualTo("E05002");
      assertThat(e.httpStatus()).isEqualTo(401);
      assertThat(e.psn()).as("a verified psn: the error was signed").matches("[0-9]{20}");
      assertThat(e.getMessage()).doesNotContain("wrong-password");
    }
    assertThat(new SandboxClient(sandbox, java.time.Clock.systemUTC())
        .call("order.query", java.util.Map.of("merchant_order_no", "basic-2")).code())
        .as("nothing was created").isEqualTo("E09002");
  }

  @Test
  void refusesUnsignedRequestsWhenStartedWithoutBasicAuthentication() {
    start(false);
    try (CodePayClient basic = client().basicAuth("merchant-1", "right-password").build()) {
      GatewayErrorException e = catchThrowableOfType(
          () -> basic.call("wisehub.cloud.pay.order", sale("basic-3")), GatewayErrorException.class);

      assertThat(e.code()).isEqualTo("E02002");
      assertThat(e.gatewayMessage()).contains("invalid value");
    }
  }
}
