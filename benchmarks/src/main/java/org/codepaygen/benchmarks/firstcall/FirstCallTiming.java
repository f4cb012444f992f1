package org.codepaygen.benchmarks.firstcall;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.codepaygen.benchmarks.Median;
import org.codepaygen.benchmarks.loopback.BenchmarkKeys;
import org.codepaygen.benchmarks.loopback.FixedAnswer;
import org.codepaygen.benchmarks.loopback.FixedAnswerServer;

/**
 * Times {@link FirstCallGenerated} and {@link FirstCallPlainRetrofit} as separate {@code java} processes, from
 * process start until the process has printed the verified answer and exited, against a loopback server in this
 * JVM. One unmeasured run of each warms the OS file cache; then the two alternate so drift hits both alike, and
 * the median of each is kept. Same java, same class path, default JVM flags.
 */
public final class FirstCallTiming {
  private static final int RUNS = 21;

  /**
   * Medians in milliseconds, and the quartiles of the per-pair ratios (each generated run over the plain run next to
   * it), which show the spread.
   */
  public record Medians(double generatedMs, double plainRetrofitMs, double ratioQ1, double ratioQ3) {}

  private FirstCallTiming() {}

  public static Medians measure(Path work) throws IOException, InterruptedException {
    BenchmarkKeys keys = BenchmarkKeys.generate();
    keys.writeClientPems(work);
    try (FixedAnswerServer server = FixedAnswerServer.start(FixedAnswer.orderQuery(keys.gateway().getPrivate()))) {
      List<String> arguments = List.of(server.baseUrl(), work.toString());
      runOnce(FirstCallGenerated.class, arguments);
      runOnce(FirstCallPlainRetrofit.class, arguments);
      double[] generated = new double[RUNS];
      double[] plain = new double[RUNS];
      double[] ratios = new double[RUNS];
      for (int i = 0; i < RUNS; i++) {
        // Which goes first alternates too, so neither always follows the other's file-cache and CPU state.
        if (i % 2 == 0) {
          generated[i] = runOnce(FirstCallGenerated.class, arguments);
          plain[i] = runOnce(FirstCallPlainRetrofit.class, arguments);
        } else {
          plain[i] = runOnce(FirstCallPlainRetrofit.class, arguments);
          generated[i] = runOnce(FirstCallGenerated.class, arguments);
        }
        ratios[i] = generated[i] / plain[i];
      }
      Arrays.sort(ratios);
      return new Medians(Median.of(generated), Median.of(plain), ratios[RUNS / 4], ratios[RUNS * 3 / 4]);
    }
  }

  /** Milliseconds from starting the process to its exit; fails unless it printed the fixed answer's trans_no. */
  private static double runOnce(Class<?> main, List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPathWithoutNativeRsa(), main.getName()));
    command.addAll(arguments);
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0
        || !output.contains(FixedAnswer.TRANS_NO)) {
      throw new IOException(main.getSimpleName() + " did not answer:\n" + output);
    }
    return (System.nanoTime() - start) / 1e6;
  }

  /**
   * This JVM's class path less the native RSA providers of figure 2: both processes then sign on the JDK, as for an
   * application that has not opted in, and the generated client's start-up is compared, not the providers'. The
   * sandbox's jar goes too: its manifest names its own copy of Corretto, and neither program needs it.
   */
  private static String classPathWithoutNativeRsa() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.contains("AmazonCorrettoCryptoProvider") && !entry.contains("conscrypt")
            && !entry.contains("codepay-sandbox"))
        .collect(Collectors.joining(File.pathSeparator));
  }

}
