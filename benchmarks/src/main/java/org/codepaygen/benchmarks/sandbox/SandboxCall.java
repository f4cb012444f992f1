package org.codepaygen.benchmarks.sandbox;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import org.codepaygen.benchmarks.Median;
import org.codepaygen.benchmarks.loopback.BenchmarkKeys;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.signing.RequestSigner;
import org.codepaygen.runtime.signing.RsaEngine;
import org.codepaygen.runtime.signing.SignatureVerifier;
import org.codepaygen.api.ImmutableOrderQuery;
import org.codepaygen.api.PayScenario;
import org.codepaygen.api.Payments;
import org.codepaygen.api.TransType;
import org.codepaygen.api.cloud.CloudPay;
import org.codepaygen.api.cloud.ImmutableCreateOrder;
import org.codepaygen.sandbox.CodePaySandbox;

/**
 * Figure 7 ({@code benchmarks/run.sh sandbox-call}): one caller making generated {@code order.query} calls in a
 * loop against the local sandbox over HTTPS on a kept-alive connection, against the sum of the call's four RSA
 * operations (client sign, sandbox verify, sandbox sign, client verify) timed in the same JVM, on the engine both
 * sides use ({@link RsaEngine#preferred()}). Rounds alternate calls and RSA so that a neighbour's load meets both;
 * each round gives one ratio, and the median and range over the rounds are printed. Wall time, since this is
 * latency; and, because a shared machine's load inflates wall time unevenly, also CPU time: the whole process's
 * (client, sandbox and JVM threads) per call against this thread's per RSA operation.
 */
public final class SandboxCall {
  private static final int ROUNDS = 9;
  private static final long ROUND_NANOS = 2_000_000_000L;
  private static final String ORDER_NO = "bench-call-1";
  private static final String CANONICAL = "app_id=wz6012822ca2f1as78&charset=UTF-8&format=JSON"
      + "&merchant_no=302300000926&merchant_order_no=bench-call-1&method=order.query&sign_type=RSA2"
      + "&timestamp=1764113441000&version=1.0";

  private SandboxCall() {}

  /** @param args optionally, how many unreported warm-up rounds (1 by default), to let the JIT compiler finish */
  public static void main(String[] args) throws Exception {
    int warmUpRounds = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    BenchmarkKeys keys = BenchmarkKeys.generate();
    RequestSigner signer = new RequestSigner(keys.gateway().getPrivate(), RsaEngine.preferred());
    SignatureVerifier verifier = new SignatureVerifier(keys.gateway().getPublic(), RsaEngine.preferred());
    String signature = signer.sign(CANONICAL);
    double[] callMs = new double[ROUNDS];
    double[] rsaMs = new double[ROUNDS];
    double[] ratio = new double[ROUNDS];
    double[] ofBound = new double[ROUNDS];
    double[] cpuRatio = new double[ROUNDS];
    try (CodePaySandbox sandbox =
            CodePaySandbox.builder().merchantPublicKey(keys.merchant().getPublic()).port(0).start();
        CodePayClient client = CodePayClient.builder()
            .baseUrl(sandbox.baseUrl())
            .trustCertificatePem(sandbox.certificatePem())
            .appId(CodePaySandbox.DEFAULT_APP_ID)
            .merchantNo(CodePaySandbox.DEFAULT_MERCHANT_NO)
            .merchantPrivateKey(keys.merchant().getPrivate())
            .gatewayPublicKey(sandbox.gatewayPublicKey())
            .rsaEngine(RsaEngine.preferred())
            .build()) {
      client.create(CloudPay.class).createOrder(ImmutableCreateOrder.builder()
          .terminalSn("WPYC002251000042").messageReceivingApplication("CodePay Register")
          .payScenario(PayScenario.SWIPE_CARD).merchantOrderNo(ORDER_NO).priceCurrency("USD")
          .orderAmount(new BigDecimal("34.50")).transType(TransType.SALE).build());
      Payments payments = client.create(Payments.class);
      ImmutableOrderQuery query = ImmutableOrderQuery.builder().merchantOrderNo(ORDER_NO).build();
      for (int round = -warmUpRounds; round < ROUNDS; round++) {
        double[] call = millisEach(() -> payments.queryOrder(query).transNo().length(), true);
        double[] sign = millisEach(() -> signer.sign(CANONICAL).length(), false);
        double[] verify = millisEach(() -> verifier.verify(CANONICAL, signature) ? 1 : 0, false);
        double rsa = 2 * (sign[0] + verify[0]);
        double rsaCpu = 2 * (sign[1] + verify[1]);
        if (round >= 0) {
          callMs[round] = call[0];
          rsaMs[round] = rsa;
          ratio[round] = call[0] / rsa;
          ofBound[round] = call[0] / (1.15 * rsa + 0.3);
          cpuRatio[round] = call[1] / rsaCpu;
        }
        System.out.printf(Locale.ROOT, "round %d: call %.3f ms (%.3f ms CPU), four RSA operations %.3f ms (%.3f ms CPU)%n",
            round, call[0], call[1], rsa, rsaCpu);
      }
      System.out.println("RSA engine: " + RsaEngine.preferred().name() + "; " + ROUNDS + " rounds");
      System.out.printf(Locale.ROOT, "call %.3f ms, RSA sum %.3f ms (medians)%n", Median.of(callMs), Median.of(rsaMs));
      System.out.println("call ÷ RSA sum: " + summary(ratio));
      System.out.println("call ÷ (1.15 × RSA sum + 0.3 ms): " + summary(ofBound));
      System.out.println("CPU per call ÷ CPU of the RSA sum: " + summary(cpuRatio));
    }
  }

  /** Wall and CPU milliseconds per operation: the process's CPU for calls, this thread's for RSA. */
  private static double[] millisEach(Operation operation, boolean wholeProcess) {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ThreadMXBean thread = ManagementFactory.getThreadMXBean();
    long sink = 0;
    long count = 0;
    long cpuStart = wholeProcess ? os.getProcessCpuTime() : thread.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long now;
    do {
      sink += operation.run();
      count++;
      now = System.nanoTime();
    } while (now - start < ROUND_NANOS);
    long cpu = (wholeProcess ? os.getProcessCpuTime() : thread.getCurrentThreadCpuTime()) - cpuStart;
    if (sink == 42) {
      System.out.print("");
    }
    return new double[] {(now - start) / 1e6 / count, cpu / 1e6 / count};
  }

  private static String summary(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return String.format(Locale.ROOT, "median %.3f (%.3f–%.3f)", Median.of(values), sorted[0],
        sorted[sorted.length - 1]);
  }

  /** One call or RSA operation, returning something the loop adds up so it is not optimised away. */
  private interface Operation {
    int run();
  }
}
