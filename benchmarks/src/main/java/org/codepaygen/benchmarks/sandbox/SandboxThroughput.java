package org.codepaygen.benchmarks.sandbox;

import java.io.IOException;
import java.math.BigDecimal;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.codepaygen.api.ImmutableOrderQuery;
import org.codepaygen.api.PayScenario;
import org.codepaygen.api.TransType;
import org.codepaygen.api.cloud.CloudPay;
import org.codepaygen.api.cloud.ImmutableCreateOrder;
import org.codepaygen.benchmarks.loopback.BenchmarkKeys;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.protocol.Envelope;
import org.codepaygen.runtime.protocol.RequestEncoder;
import org.codepaygen.runtime.signing.RequestSigner;
import org.codepaygen.sandbox.CodePaySandbox;

/**
 * Requests per second the sandbox answers over HTTPS: one order is pushed with the generated client, then
 * {@link PresignedLoad} clients query it. Each query costs the sandbox one RSA verify (the request) and one RSA
 * sign (the answer), which is what the figure is compared with.
 */
public final class SandboxThroughput {
  private static final long WARMUP_MILLIS = 3_000;
  private static final long MEASURE_MILLIS = 6_000;
  private static final String ORDER_NO = "bench-sandbox-1";

  private SandboxThroughput() {}

  /** Requests per second for each number of concurrent clients, in the order given. */
  public static Map<Integer, Double> measure(int... clientCounts) throws Exception {
    KeyPair merchant = BenchmarkKeys.generate().merchant();
    Map<Integer, Double> perSecond = new LinkedHashMap<>();
    try (CodePaySandbox sandbox = CodePaySandbox.builder().merchantPublicKey(merchant.getPublic()).port(0).start()) {
      pushOrder(sandbox, merchant);
      PresignedLoad load = new PresignedLoad(trusting(sandbox), sandbox.port(), presignedQuery(merchant));
      for (int clients : clientCounts) {
        perSecond.put(clients, load.requestsPerSecond(clients, WARMUP_MILLIS, MEASURE_MILLIS));
      }
    }
    return perSecond;
  }

  private static void pushOrder(CodePaySandbox sandbox, KeyPair merchant) {
    try (CodePayClient client = CodePayClient.builder()
        .baseUrl(sandbox.baseUrl())
        .trustCertificatePem(sandbox.certificatePem())
        .appId(CodePaySandbox.DEFAULT_APP_ID)
        .merchantNo(CodePaySandbox.DEFAULT_MERCHANT_NO)
        .merchantPrivateKey(merchant.getPrivate())
        .gatewayPublicKey(sandbox.gatewayPublicKey())
        .build()) {
      client.create(CloudPay.class).createOrder(ImmutableCreateOrder.builder()
          .terminalSn("WPYC002251000042").messageReceivingApplication("CodePay Register")
          .payScenario(PayScenario.SWIPE_CARD).merchantOrderNo(ORDER_NO).priceCurrency("USD")
          .orderAmount(new BigDecimal("34.50")).transType(TransType.SALE).build());
    }
  }

  /** Signed once with the runtime's own encoder; its timestamp stays inside the sandbox's 15-minute window. */
  private static byte[] presignedQuery(KeyPair merchant) {
    RequestEncoder encoder = new RequestEncoder(
        new Envelope(CodePaySandbox.DEFAULT_APP_ID, CodePaySandbox.DEFAULT_MERCHANT_NO, null, Clock.systemUTC()),
        new RequestSigner(merchant.getPrivate()));
    return encoder.encode("order.query", ImmutableOrderQuery.builder().merchantOrderNo(ORDER_NO).build());
  }

  private static SSLContext trusting(CodePaySandbox sandbox) throws GeneralSecurityException, IOException {
    KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
    trusted.load(null, null);
    trusted.setCertificateEntry("sandbox", sandbox.certificate());
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, trust.getTrustManagers(), null);
    return tls;
  }
}
