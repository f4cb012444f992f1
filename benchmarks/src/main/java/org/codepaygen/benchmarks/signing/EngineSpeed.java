package org.codepaygen.benchmarks.signing;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.codepaygen.benchmarks.Median;
import org.codepaygen.benchmarks.loopback.BenchmarkKeys;
import org.codepaygen.runtime.signing.RequestSigner;
import org.codepaygen.runtime.signing.RsaEngine;
import org.codepaygen.runtime.signing.SignatureVerifier;
import org.conscrypt.Conscrypt;

/**
 * Figure 2b: signs and verifies per second of each {@link RsaEngine} (the JCA, Corretto, Conscrypt) through the
 * runtime's {@link RequestSigner} and {@link SignatureVerifier}, each as a ratio to {@code openssl speed rsa2048}
 * measured in the same round. Rounds alternate openssl and the engines, so a neighbour's load hits both sides of
 * each ratio alike; the median ratio and its range over the rounds are printed. One thread, as openssl speed.
 * Both sides divide by the CPU time they were given, not the wall-clock time: {@code openssl speed} counts user CPU
 * time unless told {@code -elapsed}, and on a shared machine only CPU time compares runs that met different load.
 *
 * <p>A timed loop rather than JMH: an RSA-2048 operation takes 0.25 ms or more, so the loop's own cost is noise,
 * and JIT warm-up is done by the first, unreported, round.
 */
public final class EngineSpeed {
  private static final int ROUNDS = 9;
  private static final int SECONDS = 2;

  private EngineSpeed() {}

  public static void main(String[] args) throws Exception {
    Map<String, RsaEngine> engines = new LinkedHashMap<>();
    engines.put("JCA (JDK)", RsaEngine.jca());
    engines.put("Corretto", RsaEngine.of(AmazonCorrettoCryptoProvider.INSTANCE));
    engines.put("Conscrypt", RsaEngine.of(Conscrypt.newProvider()));
    BenchmarkKeys keys = BenchmarkKeys.generate();
    Map<String, double[]> signRatios = new LinkedHashMap<>();
    Map<String, double[]> verifyRatios = new LinkedHashMap<>();
    engines.keySet().forEach(name -> {
      signRatios.put(name, new double[ROUNDS]);
      verifyRatios.put(name, new double[ROUNDS]);
    });
    OpensslSpeed openssl = null;
    for (int round = -1; round < ROUNDS; round++) {
      openssl = OpensslSpeed.measure(SECONDS);
      for (Map.Entry<String, RsaEngine> engine : engines.entrySet()) {
        RequestSigner signer = new RequestSigner(keys.merchant().getPrivate(), engine.getValue());
        SignatureVerifier verifier = new SignatureVerifier(keys.merchant().getPublic(), engine.getValue());
        String signature = signer.sign(SigningBenchmark.CANONICAL);
        double signs = perSecond(() -> signer.sign(SigningBenchmark.CANONICAL).length());
        double verifies = perSecond(() -> verifier.verify(SigningBenchmark.CANONICAL, signature) ? 1 : 0);
        if (round >= 0) {
          signRatios.get(engine.getKey())[round] = signs / openssl.signsPerSecond();
          verifyRatios.get(engine.getKey())[round] = verifies / openssl.verifiesPerSecond();
        }
      }
      System.out.printf(Locale.ROOT, "round %d: openssl %.0f signs/s, %.0f verifies/s%n",
          round, openssl.signsPerSecond(), openssl.verifiesPerSecond());
    }
    System.out.println("openssl: " + openssl.version() + "; " + ROUNDS + " rounds of " + SECONDS + " s each");
    System.out.println("| engine | signs/s ÷ openssl: median (min–max) | verifies/s ÷ openssl: median (min–max) |");
    System.out.println("|---|---:|---:|");
    for (String name : engines.keySet()) {
      System.out.println("| " + name + " | " + summary(signRatios.get(name)) + " | "
          + summary(verifyRatios.get(name)) + " |");
    }
  }

  /** Operations per second of this thread's user CPU time, as {@code openssl speed} counts without -elapsed. */
  private static double perSecond(Operation operation) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    long count = 0;
    long end = System.nanoTime() + SECONDS * 1_000_000_000L;
    long cpuStart = threads.getCurrentThreadUserTime();
    do {
      sink += operation.run();
      count++;
    } while (System.nanoTime() < end);
    long cpu = threads.getCurrentThreadUserTime() - cpuStart;
    if (sink == 42) {
      System.out.print("");
    }
    return count / (cpu / 1e9);
  }

  private static String summary(double[] ratios) {
    double[] sorted = ratios.clone();
    Arrays.sort(sorted);
    return String.format(Locale.ROOT, "%.3f (%.3f–%.3f)", Median.of(ratios), sorted[0], sorted[sorted.length - 1]);
  }

  /** One signature or verification, returning something the loop adds up so it is not optimised away. */
  private interface Operation {
    int run();
  }
}
