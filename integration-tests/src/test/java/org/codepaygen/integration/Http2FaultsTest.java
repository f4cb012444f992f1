package org.codepaygen.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.error.OutcomeUnknownException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transport rows of the fault matrix that differ on HTTP/2, which the generated client speaks to any server that
 * offers it (OkHttp prefers it): a dropped connection or a reset stream after the request left is "outcome unknown",
 * and the good answer queued behind it is never fetched by a silent re-send.
 */
class Http2FaultsTest {
  private final List<Protocol> protocols = new CopyOnWriteArrayList<>();
  private MockWebServer server;
  private CodePayClient client;

  @BeforeEach
  void start() throws IOException {
    HeldCertificate certificate = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
    server = new MockWebServer();
    server.useHttps(new HandshakeCertificates.Builder().heldCertificate(certificate).build().sslSocketFactory(),
        false);
    server.setProtocols(List.of(Protocol.HTTP_2, Protocol.HTTP_1_1));
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    client = CodePayClient.builder()
        .baseUrl("https://localhost:" + server.getPort() + "/")
        .trustCertificatePem(certificate.certificatePem())
        .appId("wz6012822ca2f1as78")
        .merchantNo("302300000926")
        .merchantPrivateKey(SignedAnswers.merchantPrivateKey())
        .gatewayPublicKey(SignedAnswers.GATEWAY.getPublic())
        .timeout(Duration.ofSeconds(5))
        .okHttpClient(new OkHttpClient.Builder().eventListener(new EventListener() {
          @Override
          public void connectionAcquired(Call call, Connection connection) {
            protocols.add(connection.protocol());
          }
        }).build())
        .build();
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.shutdown();
  }

  private void thenWouldSucceed() {
    server.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
        .setBody(SignedAnswers.success("99999999999999999999", GeneratedClientFaultsTest.PUSHED)));
  }

  @Test
  void aVerifiedAnswerComesOverHttp2() {
    thenWouldSucceed();

    assertThat(client.create(Till.class).createOrder(GeneratedClientFaultsTest.sale("H2-ok")).transNo())
        .isEqualTo("26112523304100000000");
    assertThat(protocols).containsExactly(Protocol.HTTP_2);
  }

  @Test
  void connectionDroppedAfterTheRequestLeavesOutcomeUnknown() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    thenWouldSucceed();

    assertOutcomeUnknownAfterOneRequest("H2-dropped");
  }

  @Test
  void streamResetByTheServerLeavesOutcomeUnknown() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.RESET_STREAM_AT_START));
    thenWouldSucceed();

    assertOutcomeUnknownAfterOneRequest("H2-reset");
  }

  private void assertOutcomeUnknownAfterOneRequest(String merchantOrderNo) {
    Throwable thrown = catchThrowable(
        () -> client.create(Till.class).createOrder(GeneratedClientFaultsTest.sale(merchantOrderNo)));

    assertThat(thrown).isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
      assertThat(e.isSafeToRetry()).isFalse();
      assertThat(e.psn()).isNull();
    });
    assertThat(protocols).containsOnly(Protocol.HTTP_2);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
