package org.codepaygen.benchmarks.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.codepaygen.benchmarks.Median;
import org.codepaygen.processor.CodePayProcessor;

/**
 * What the processor adds to a build: javac in this JVM (javax.tools) compiling the {@link SyntheticApi} with
 * {@link CodePayProcessor}, against javac compiling the same interfaces plus the sources the processor generated,
 * with {@code -proc:none}. Both end with the same classes, so the difference is the processor's work and the extra
 * round. The runs alternate, after warm-up runs, so that javac and the processor are compiled by the JIT and drift
 * hits both alike; the median of each is kept.
 */
public final class ProcessorCost {
  private static final int WARMUP_RUNS = 3;
  private static final int MEASURED_RUNS = 7;

  /**
   * Medians in milliseconds.
   *
   * @param insideProcessorMs of {@code withProcessorMs}, the time spent inside the processor's own methods
   */
  public record Medians(double withProcessorMs, double procNoneMs, double insideProcessorMs) {
    /** What the processor adds per endpoint of the API. */
    public double addedMsPerEndpoint() {
      return (withProcessorMs - procNoneMs) / SyntheticApi.ENDPOINTS;
    }
  }

  private final InProcessJavac javac;
  private final List<Path> interfaces;
  private final List<Path> interfacesAndGenerated = new ArrayList<>();
  private double lastInsideProcessorMs;

  private ProcessorCost(Path work) throws IOException {
    this.javac = new InProcessJavac(work);
    this.interfaces = SyntheticApi.write(work.resolve("src"));
  }

  /** Figure 3 alone ({@code benchmarks/run.sh processor}), as the suite's table row gives it. */
  public static void main(String[] args) throws IOException {
    Medians medians = measure(Files.createTempDirectory(
        Files.createDirectories(Path.of("target", "benchmark-work")), "processor"));
    System.out.printf(java.util.Locale.ROOT,
        "Figure 3: javac, %d endpoints + %d models, median of %d: with the processor %.2f ms (%.2f ms inside it), "
            + "-proc:none on its output %.2f ms; ratio %.3f; %.2f ms added per endpoint%n",
        SyntheticApi.ENDPOINTS, SyntheticApi.MODELS, MEASURED_RUNS, medians.withProcessorMs(),
        medians.insideProcessorMs(), medians.procNoneMs(), medians.withProcessorMs() / medians.procNoneMs(),
        medians.addedMsPerEndpoint());
  }

  public static Medians measure(Path work) throws IOException {
    ProcessorCost cost = new ProcessorCost(work);
    cost.prepareProcNoneSources();
    for (int i = 0; i < WARMUP_RUNS; i++) {
      cost.withProcessor();
      cost.procNone();
    }
    double[] with = new double[MEASURED_RUNS];
    double[] without = new double[MEASURED_RUNS];
    double[] inside = new double[MEASURED_RUNS];
    for (int i = 0; i < MEASURED_RUNS; i++) {
      with[i] = cost.withProcessor();
      inside[i] = cost.lastInsideProcessorMs;
      without[i] = cost.procNone();
    }
    return new Medians(Median.of(with), Median.of(without), Median.of(inside));
  }

  /** The baseline compiles what a first processor run generated, beside the interfaces. */
  private void prepareProcNoneSources() throws IOException {
    Path generated = compile(interfaces, true);
    interfacesAndGenerated.addAll(interfaces);
    try (Stream<Path> files = Files.walk(generated)) {
      files.filter(file -> file.toString().endsWith(".java")).forEach(interfacesAndGenerated::add);
    }
  }

  private double withProcessor() throws IOException {
    return timed(interfaces, true);
  }

  private double procNone() throws IOException {
    return timed(interfacesAndGenerated, false);
  }

  private double timed(List<Path> sources, boolean process) throws IOException {
    long start = System.nanoTime();
    compile(sources, process);
    return (System.nanoTime() - start) / 1e6;
  }

  /** Compiles into fresh directories and returns the generated-sources directory. */
  private Path compile(List<Path> sources, boolean process) throws IOException {
    TimedProcessor processor = new TimedProcessor(new CodePayProcessor());
    Path generated = javac.compile(sources, process ? List.of(processor) : List.of()).resolve("generated");
    lastInsideProcessorMs = processor.millis();
    return generated;
  }
}
