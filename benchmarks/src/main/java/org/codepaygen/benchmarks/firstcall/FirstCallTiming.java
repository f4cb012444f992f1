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
   * Medians in milliseconds of each program, and the quartiles of the per-pair ratios (each generated run over the
   * plain run next to it), which show the spread.
   */
  public record Figure(double generatedMs, double plainRetrofitMs, double ratioQ1, double ratioQ3) {
    public double ratio() {
      return generatedMs / plainRetrofitMs;
    }

    static Figure of(double[] generated, double[] plain) {
      double[] ratios = new double[generated.length];
      for (int i = 0; i < ratios.length; i++) {
        ratios[i] = generated[i] / plain[i];
      }
      Arrays.sort(ratios);
      return new Figure(Median.of(generated), Median.of(plain), ratios[ratios.length / 4],
          ratios[ratios.length * 3 / 4]);
    }
  }

  /**
   * Wall time from process start to exit, and the CPU time (user + system, all threads) the process used. On a
   * shared machine the wall time also counts waiting for a core; the CPU time counts only the work done.
   */
  public record Medians(Figure wall, Figure cpu) {}

  private FirstCallTiming() {}

  public static Medians measure(Path work) throws IOException, InterruptedException {
    BenchmarkKeys keys = BenchmarkKeys.generate();
    keys.writeClientPems(work);
    try (FixedAnswerServer server = FixedAnswerServer.start(FixedAnswer.orderQuery(keys.gateway().getPrivate()))) {
      List<String> arguments = List.of(server.baseUrl(), work.toString());
      runOnce(FirstCallGenerated.class, arguments);
      runOnce(FirstCallPlainRetrofit.class, arguments);
      double[][] generated = new double[2][RUNS];
      double[][] plain = new double[2][RUNS];
      for (int i = 0; i < RUNS; i++) {
        // Which goes first alternates too, so neither always follows the other's file-cache and CPU state.
        if (i % 2 == 0) {
          record(generated, i, runOnce(FirstCallGenerated.class, arguments));
          record(plain, i, runOnce(FirstCallPlainRetrofit.class, arguments));
        } else {
          record(plain, i, runOnce(FirstCallPlainRetrofit.class, arguments));
          record(generated, i, runOnce(FirstCallGenerated.class, arguments));
        }
      }
      return new Medians(Figure.of(generated[0], plain[0]), Figure.of(generated[1], plain[1]));
    }
  }

  private static void record(double[][] into, int run, double[] wallAndCpu) {
    into[0][run] = wallAndCpu[0];
    into[1][run] = wallAndCpu[1];
  }

  /**
   * Milliseconds of wall time from starting the process to its exit, and of CPU time it used (from bash's
   * {@code times}, which reports its finished children's); fails unless it printed the fixed answer's trans_no.
   */
  private static double[] runOnce(Class<?> main, List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        "bash", "-c", "\"$@\"; status=$?; times; exit $status", "bash",
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
    double wallMs = (System.nanoTime() - start) / 1e6;
    String[] lines = output.strip().split("\n");
    String[] children = lines[lines.length - 1].trim().split("\\s+");
    return new double[] {wallMs, seconds(children[0]) * 1000 + seconds(children[1]) * 1000};
  }

  /** Bash's {@code 1m2.345s}. */
  private static double seconds(String bashTime) {
    int m = bashTime.indexOf('m');
    return Integer.parseInt(bashTime.substring(0, m)) * 60
        + Double.parseDouble(bashTime.substring(m + 1, bashTime.length() - 1));
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
