package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.error.GatewayErrorException;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.sandbox.http.RequestLog;
import org.codepaygen.sandbox.notify.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox echoes each request's {@code Http-Request-Psn} (protocol §10) in its request log and in the log of the
 * notifications the request caused, so a test can match what the client reports with what the gateway saw.
 */
class RequestIdEchoTest {
  private HttpServer receiver;
  private CodePaySandbox sandbox;
  private CodePayClient client;
  /** What the client's AnswerListener heard: "requestId psn". */
  private final List<String> heard = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/notify", exchange -> {
      exchange.getRequestBody().readAllBytes();
      byte[] answer = "success".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    });
    receiver.start();
    sandbox = CodePaySandbox.builder().merchantPublicKey(TestKeys.merchantPublicKey())
        .notificationDelay(Duration.ofMillis(50)).timeScale(1000).start();
    client = CodePayClient.builder()
        .baseUrl(sandbox.baseUrl()).trustCertificatePem(sandbox.certificatePem())
        .appId(sandbox.appId()).merchantNo(sandbox.merchantNo())
        .merchantPrivateKey(TestKeys.merchantPrivateKey()).gatewayPublicKey(sandbox.gatewayPublicKey())
        .answerListener((endpoint, status, code, psn, requestId) -> heard.add(requestId + " " + psn))
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    sandbox.close();
    receiver.stop(0);
  }

  @Test
  void requestLogAndNotificationLogCarryTheIdsTheClientSent() throws Exception {
    ObjectNode sale = CodePayJson.mapper().createObjectNode()
        .put("terminal_sn", "WPYC002251000042").put("message_receiving_application", "CodePay Register")
        .put("pay_scenario", "SWIPE_CARD").put("merchant_order_no", "echo-1").put("price_currency", "USD")
        .put("order_amount", "34.50").put("trans_type", 1)
        .put("notify_url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/notify");

    String salePsn = client.call("wisehub.cloud.pay.order", sale).psn();
    GatewayErrorException unknown = catchThrowableOfType(
        () -> client.call("order.query", CodePayJson.mapper().createObjectNode().put("merchant_order_no", "nope")),
        GatewayErrorException.class);
    client.uploadImage("INST1", "receipt.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    new SandboxClient(sandbox, Clock.systemUTC()).call("order.query", Map.of("merchant_order_no", "echo-1"));

    List<RequestLog.Entry> logged = sandbox.requests();
    assertThat(logged).hasSize(4);
    assertThat(logged.subList(0, 3)).allSatisfy(entry -> assertThat(entry.requestId()).matches("[0-9]{20}"));
    assertThat(logged.subList(0, 3)).extracting(entry -> entry.requestId() + " " + entry.psn())
        .containsExactlyElementsOf(heard);
    assertThat(logged.get(0).psn()).isEqualTo(salePsn);
    assertThat(logged.get(1)).extracting(RequestLog.Entry::requestId, RequestLog.Entry::code,
            RequestLog.Entry::httpStatus)
        .containsExactly(unknown.requestId(), unknown.code(), unknown.httpStatus());
    assertThat(logged.get(2).path()).isEqualTo("/api/file/upload");
    assertThat(logged.get(3).requestId()).as("a request without the header").isNull();

    Notification notification = sandbox.notifications().awaitDelivered(1, Duration.ofSeconds(10)).get(0);
    assertThat(notification.requestId()).isEqualTo(logged.get(0).requestId());
    assertThat(notification.toString()).contains("Http-Request-Psn=" + logged.get(0).requestId());
  }
}
