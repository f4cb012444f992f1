package org.codepaygen.benchmarks;

import org.codepaygen.benchmarks.percall.PerCallBenchmark;
import org.codepaygen.benchmarks.processor.ProcessorCost;
import org.codepaygen.benchmarks.processor.SyntheticApi;
import org.codepaygen.benchmarks.sandbox.SandboxThroughput;
import org.codepaygen.benchmarks.signing.OpensslSpeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.codepaygen.benchmarks.firstcall.FirstCallTiming;
import org.openjdk.jmh.results.Result;

/**
 * Runs every benchmark of issue #7 once and prints one table: each figure as ours, a baseline measured in the same
 * run on the same machine, their ratio and the target. Started by {@code benchmarks/run.sh}; never by Maven.
 */
public final class BenchmarkSuite {
  private static final int OPENSSL_SECONDS = 5;
  private static final int[] SANDBOX_CLIENTS = {1, 2, 8};

  private BenchmarkSuite() {}

  public static void main(String[] args) throws Exception {
    ResultTable table = new ResultTable();
    JmhFigures jmh = JmhFigures.run();
    perCall(table, jmh);
    OpensslSpeed openssl = OpensslSpeed.measure(OPENSSL_SECONDS);
    signing(table, jmh, openssl);
    Path work = Files.createDirectories(Path.of("target", "benchmark-work"));
    processor(table, ProcessorCost.measure(Files.createTempDirectory(work, "processor")));
    firstCall(table, FirstCallTiming.measure(Files.createTempDirectory(work, "first-call")));
    sandbox(table, jmh, SandboxThroughput.measure(SANDBOX_CLIENTS));
    allocation(table, jmh);
    System.out.println();
    System.out.println("openssl: " + openssl.version());
    System.out.println(table.render());
  }

  private static void perCall(ResultTable table, JmhFigures jmh) {
    for (String signing : new String[] {PerCallBenchmark.RSA, PerCallBenchmark.DIGEST}) {
      Result<?> ours = jmh.score("PerCallBenchmark.generatedClient:" + signing);
      Result<?> baseline = jmh.score("PerCallBenchmark.handWrittenClient:" + signing);
      double ratio = ours.getScore() / baseline.getScore();
      String ourText = ResultTable.withError(ours.getScore(), ours.getScoreError(), "µs");
      String baselineText = ResultTable.withError(baseline.getScore(), baseline.getScoreError(), "µs");
      if (signing.equals(PerCallBenchmark.RSA)) {
        table.atMost("1. per call, RSA signing included", ourText, baselineText, ratio, 1.05);
      } else {
        table.atMost("1. per call, signing excluded (digest on both sides)", ourText, baselineText, ratio, 1.2);
      }
    }
  }

  private static void signing(ResultTable table, JmhFigures jmh, OpensslSpeed openssl) {
    Result<?> sign = jmh.score("SigningBenchmark.sign");
    Result<?> verify = jmh.score("SigningBenchmark.verify");
    table.atLeast("2. RSA-2048 signs per second (vs openssl speed)",
        ResultTable.withError(sign.getScore(), sign.getScoreError(), "/s"),
        String.format(Locale.ROOT, "%.1f /s", openssl.signsPerSecond()),
        sign.getScore() / openssl.signsPerSecond(), 0.5);
    table.atLeast("2. RSA-2048 verifies per second (vs openssl speed)",
        ResultTable.withError(verify.getScore(), verify.getScoreError(), "/s"),
        String.format(Locale.ROOT, "%.1f /s", openssl.verifiesPerSecond()),
        verify.getScore() / openssl.verifiesPerSecond(), 0.5);
  }

  private static void processor(ResultTable table, ProcessorCost.Medians compile) {
    table.atMost(
        "3. javac, " + SyntheticApi.ENDPOINTS + " endpoints + " + SyntheticApi.MODELS + " models: processor vs "
            + "-proc:none on its output (median; processor adds "
            + ResultTable.format(compile.addedMsPerEndpoint()) + " ms per endpoint; "
            + ResultTable.format(compile.insideProcessorMs()) + " ms of it inside the processor)",
        ResultTable.format(compile.withProcessorMs()) + " ms",
        ResultTable.format(compile.procNoneMs()) + " ms",
        compile.withProcessorMs() / compile.procNoneMs(), 1.5);
  }

  private static void firstCall(ResultTable table, FirstCallTiming.Medians firstCall) {
    for (String what : new String[] {"wall", "CPU"}) {
      FirstCallTiming.Figure figure = what.equals("wall") ? firstCall.wall() : firstCall.cpu();
      table.atMost("4. fresh JVM: start to first verified call answered, " + what + " time (median of separate "
              + "processes; pair ratios " + ResultTable.format(figure.ratioQ1()) + "–"
              + ResultTable.format(figure.ratioQ3()) + " IQR)",
          ResultTable.format(figure.generatedMs()) + " ms",
          ResultTable.format(figure.plainRetrofitMs()) + " ms (plain Retrofit)",
          figure.ratio(), 1.0);
    }
  }

  /** The bound: every core doing nothing but the request's verify and the answer's sign. */
  private static void sandbox(ResultTable table, JmhFigures jmh, Map<Integer, Double> perSecond) {
    int cores = Runtime.getRuntime().availableProcessors();
    double secondsPerRequest = 1 / jmh.score("SigningBenchmark.sign").getScore()
        + 1 / jmh.score("SigningBenchmark.verify").getScore();
    double bound = cores / secondsPerRequest;
    perSecond.forEach((clients, requests) -> table.atLeast(
        "5. sandbox requests per second, " + clients + " HTTPS client" + (clients == 1 ? "" : "s")
            + " (vs RSA bound: " + cores + " cores / (t_sign + t_verify))",
        String.format(Locale.ROOT, "%.1f /s", requests),
        String.format(Locale.ROOT, "%.1f /s", bound),
        requests / bound, 0.7));
  }

  private static void allocation(ResultTable table, JmhFigures jmh) {
    for (String signing : new String[] {PerCallBenchmark.RSA, PerCallBenchmark.DIGEST}) {
      Result<?> ours = jmh.allocationPerOp("PerCallBenchmark.generatedClient:" + signing);
      Result<?> baseline = jmh.allocationPerOp("PerCallBenchmark.handWrittenClient:" + signing);
      table.reported("6. bytes allocated per call, " + signing + " signing",
          ResultTable.withError(ours.getScore(), ours.getScoreError(), "B"),
          ResultTable.withError(baseline.getScore(), baseline.getScoreError(), "B"),
          ours.getScore() / baseline.getScore());
    }
  }
}
