package org.codepaygen.benchmarks.firstcall;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Figure 4 alone ({@code benchmarks/run.sh first-call}): prints both medians, their ratio and the pair ratios' IQR. */
public final class FirstCallRuns {
  private FirstCallRuns() {}

  public static void main(String[] args) throws Exception {
    Path work = Files.createDirectories(Path.of("target", "benchmark-work"));
    FirstCallTiming.Medians medians = FirstCallTiming.measure(Files.createTempDirectory(work, "first-call"));
    System.out.printf(Locale.ROOT, "generated %.1f ms, plain Retrofit %.1f ms, ratio %.3f (pair ratios IQR %.3f–%.3f)%n",
        medians.generatedMs(), medians.plainRetrofitMs(), medians.generatedMs() / medians.plainRetrofitMs(),
        medians.ratioQ1(), medians.ratioQ3());
  }
}
