package org.codepaygen.runtime.http;

import java.time.Duration;
import okhttp3.mockwebserver.MockWebServer;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.TestGateway;
import org.codepaygen.runtime.TestVectors;

/** Client builders for a MockWebServer on loopback, with the test merchant's key and the test gateway's key. */
final class LoopbackClients {
  private LoopbackClients() {}

  static CodePayClient.Builder builder(MockWebServer server) {
    return CodePayClient.builder()
        .baseUrl(server.url("/").toString())
        .allowCleartextLoopback()
        .appId("wze0fcae4016b4da15")
        .merchantPrivateKey(TestVectors.merchantPrivateKey())
        .gatewayPublicKey(TestGateway.keys().getPublic())
        .timeout(Duration.ofSeconds(5));
  }
}
