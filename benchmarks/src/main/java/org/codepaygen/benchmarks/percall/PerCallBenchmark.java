package org.codepaygen.benchmarks.percall;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.codepaygen.api.ImmutableOrderQuery;
import org.codepaygen.api.Payments;
import org.codepaygen.api.Transaction;
import org.codepaygen.benchmarks.baseline.HandWrittenClient;
import org.codepaygen.benchmarks.baseline.HandWrittenProtocol;
import org.codepaygen.benchmarks.baseline.HandWrittenTransaction;
import org.codepaygen.benchmarks.loopback.BenchmarkKeys;
import org.codepaygen.benchmarks.loopback.FixedAnswer;
import org.codepaygen.benchmarks.loopback.FixedAnswerServer;
import org.codepaygen.runtime.CodePayClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One {@code order.query} round trip on plain HTTP over loopback: the generated {@code CodePay_Payments} against
 * the hand-written OkHttp + Jackson + JCA baseline, both answered by the same {@link FixedAnswerServer}. Each call
 * builds its request, as an application does. {@code signing=digest} swaps RSA for a digest on both sides.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerCallBenchmark {
  public static final String RSA = "rsa";
  public static final String DIGEST = "digest";

  @Param({RSA, DIGEST})
  public String signing;

  private FixedAnswerServer server;
  private CodePayClient codePayClient;
  private Payments generated;
  private HandWrittenClient handWritten;

  @Setup
  public void start() throws IOException {
    if (signing.equals(DIGEST)) {
      DigestOnlySignatures.install();
    }
    BenchmarkKeys keys = BenchmarkKeys.generate();
    server = FixedAnswerServer.start(FixedAnswer.orderQuery(keys.gateway().getPrivate()));
    codePayClient = CodePayClient.builder()
        .baseUrl(server.baseUrl())
        .allowCleartextLoopback()
        .appId(FixedAnswer.APP_ID)
        .merchantNo(FixedAnswer.MERCHANT_NO)
        .merchantPrivateKey(keys.merchant().getPrivate())
        .gatewayPublicKey(keys.gateway().getPublic())
        .build();
    generated = codePayClient.create(Payments.class);
    handWritten = new HandWrittenClient(server.baseUrl(), new HandWrittenProtocol(
        FixedAnswer.APP_ID, FixedAnswer.MERCHANT_NO, keys.merchant().getPrivate(), keys.gateway().getPublic()));
  }

  @TearDown
  public void stop() throws IOException {
    handWritten.close();
    codePayClient.close();
    server.close();
    DigestOnlySignatures.uninstall();
  }

  @Benchmark
  public Transaction generatedClient() {
    return generated.queryOrder(ImmutableOrderQuery.builder().merchantOrderNo(FixedAnswer.MERCHANT_ORDER_NO).build());
  }

  @Benchmark
  public HandWrittenTransaction handWrittenClient() throws IOException {
    return handWritten.queryOrder(FixedAnswer.MERCHANT_ORDER_NO);
  }
}
