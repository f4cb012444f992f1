package org.codepaygen.benchmarks.firstcall;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Figure 4 alone ({@code benchmarks/run.sh first-call}): medians, their ratio and the pair ratios' IQR. */
public final class FirstCallRuns {
  private FirstCallRuns() {}

  public static void main(String[] args) throws Exception {
    Path work = Files.createDirectories(Path.of("target", "benchmark-work"));
    FirstCallTiming.Medians medians = FirstCallTiming.measure(Files.createTempDirectory(work, "first-call"));
    print("wall", medians.wall());
    print("cpu ", medians.cpu());
  }

  private static void print(String what, FirstCallTiming.Figure figure) {
    System.out.printf(Locale.ROOT, "%s: generated %.1f ms, plain Retrofit %.1f ms, ratio %.3f (pair ratios IQR %.3f–%.3f)%n",
        what, figure.generatedMs(), figure.plainRetrofitMs(), figure.ratio(), figure.ratioQ1(), figure.ratioQ3());
  }
}
