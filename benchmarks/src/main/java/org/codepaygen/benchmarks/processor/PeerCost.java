package org.codepaygen.benchmarks.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.codepaygen.benchmarks.Median;

/**
 * Figure 3b: what each of three processors costs per model, CodePay's against AutoValue and Immutables on the same
 * {@value SyntheticApi#MODELS} models ({@link PeerModels}). Per flavour and round, javac in this JVM (javax.tools)
 * compiles the flavour's sources once with its processors and once with {@code -proc:none}; the difference divided
 * by the number of models is the flavour's cost per model: its processors' work, javac's extra round and compiling
 * what they generated. Each compilation gets new processor instances (made just before it, outside the timing).
 *
 * <p>Unreported warm-up rounds come first, so that javac and the three processors are compiled by the JIT; then
 * every measured round runs all three flavours, in an order that rotates from round to round, and within a flavour
 * the two compilations alternate which goes first. Each round gives each flavour a figure and ours a ratio to each
 * peer; the medians and the ranges over rounds are printed, in wall time and in javac's thread CPU time (which load
 * from other processes moves less).
 *
 * <p>Arguments: warm-up rounds (default {@value #WARMUP_ROUNDS}), measured rounds (default
 * {@value #MEASURED_ROUNDS}). {@code -Dpeers.only=OURS} (or {@code AUTO_VALUE}, {@code IMMUTABLES}) runs one flavour
 * alone, to profile it; it prints no ratios then.
 */
public final class PeerCost {
  static final int WARMUP_ROUNDS = 8;
  static final int MEASURED_ROUNDS = 11;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** One compilation: wall and thread CPU time in ms, and the part of each spent inside the processors. */
  private record Timing(double wallMs, double cpuMs, double insideWallMs, double insideCpuMs) {}

  /** One flavour in one round: per model in ms, and the two compilations' wall times. */
  private record PerModel(
      double wall, double cpu, double insideWall, double insideCpu, double withMs, double withoutMs) {}

  private final InProcessJavac javac;
  private final Map<PeerModels, List<Path>> sources = new EnumMap<>(PeerModels.class);
  private final PeerModels[] flavours;

  private PeerCost(Path work, PeerModels[] flavours) throws IOException {
    this.javac = new InProcessJavac(work);
    this.flavours = flavours;
    for (PeerModels flavour : flavours) {
      sources.put(flavour, flavour.write(work.resolve("src-" + flavour.name().toLowerCase(Locale.ROOT))));
    }
  }

  public static void main(String[] args) throws IOException {
    int warmups = args.length > 0 ? Integer.parseInt(args[0]) : WARMUP_ROUNDS;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : MEASURED_ROUNDS;
    Path work = Files.createTempDirectory(
        Files.createDirectories(Path.of("target", "benchmark-work")), "processor-peers");
    String only = System.getProperty("peers.only");
    PeerModels[] flavours = only == null ? PeerModels.values() : new PeerModels[] {PeerModels.valueOf(only)};
    PeerCost cost = new PeerCost(work, flavours);
    String loadBefore = loadAverage();
    for (int round = 0; round < warmups; round++) {
      cost.round(round);
      System.out.printf(Locale.ROOT, "warm-up round %d of %d done%n", round + 1, warmups);
    }
    List<Map<PeerModels, PerModel>> measured = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      Map<PeerModels, PerModel> figures = cost.round(warmups + round);
      measured.add(figures);
      System.out.printf(Locale.ROOT, "round %2d:%s%n", round + 1, describe(figures));
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "Figure 3b: javac, %d models, with each flavour's processors vs -proc:none on the "
        + "same sources; %d warm-up rounds, %d measured; median (min-max) over rounds; load average %s before, "
        + "%s after%n%n", SyntheticApi.MODELS, warmups, rounds, loadBefore, loadAverage());
    System.out.println(report(flavours, measured));
    deleteRecursively(work);
  }

  /** One round: every flavour, in an order rotated by the round number. */
  private Map<PeerModels, PerModel> round(int round) throws IOException {
    Map<PeerModels, PerModel> figures = new EnumMap<>(PeerModels.class);
    for (int i = 0; i < flavours.length; i++) {
      PeerModels flavour = flavours[(round + i) % flavours.length];
      Timing with;
      Timing without;
      if (round % 2 == 0) {
        with = compile(flavour, true);
        without = compile(flavour, false);
      } else {
        without = compile(flavour, false);
        with = compile(flavour, true);
      }
      double models = SyntheticApi.MODELS;
      figures.put(flavour, new PerModel((with.wallMs() - without.wallMs()) / models,
          (with.cpuMs() - without.cpuMs()) / models, with.insideWallMs() / models, with.insideCpuMs() / models,
          with.wallMs(), without.wallMs()));
    }
    return figures;
  }

  private Timing compile(PeerModels flavour, boolean process) throws IOException {
    List<TimedProcessor> processors = process
        ? flavour.freshProcessors().stream().map(TimedProcessor::new).toList()
        : List.of();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    Path runDirectory = javac.compile(sources.get(flavour), processors);
    double wallMs = (System.nanoTime() - start) / 1e6;
    double cpuMs = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
    deleteRecursively(runDirectory);
    return new Timing(wallMs, cpuMs,
        processors.stream().mapToDouble(TimedProcessor::millis).sum(),
        processors.stream().mapToDouble(TimedProcessor::cpuMillis).sum());
  }

  private static String describe(Map<PeerModels, PerModel> figures) {
    StringBuilder line = new StringBuilder();
    figures.forEach((flavour, figure) -> line.append(String.format(Locale.ROOT,
        "  %s %.3f ms/model wall, %.3f CPU;", flavour.label, figure.wall(), figure.cpu())));
    return line.toString();
  }

  private static String report(PeerModels[] flavours, List<Map<PeerModels, PerModel>> rounds) {
    StringBuilder table = new StringBuilder()
        .append("| flavour | per model, wall (ms) | per model, CPU (ms) | inside its processors, wall (ms) "
            + "| inside its processors, CPU (ms) | javac with processors (ms) | javac -proc:none (ms) |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (PeerModels flavour : flavours) {
      table.append("| ").append(flavour.label)
          .append(" | ").append(spread(rounds, r -> r.get(flavour).wall()))
          .append(" | ").append(spread(rounds, r -> r.get(flavour).cpu()))
          .append(" | ").append(spread(rounds, r -> r.get(flavour).insideWall()))
          .append(" | ").append(spread(rounds, r -> r.get(flavour).insideCpu()))
          .append(" | ").append(spread(rounds, r -> r.get(flavour).withMs()))
          .append(" | ").append(spread(rounds, r -> r.get(flavour).withoutMs()))
          .append(" |\n");
    }
    if (flavours.length < PeerModels.values().length) {
      return table.toString();
    }
    table.append("\n| ratio (per-round) | wall | CPU |\n|---|---:|---:|\n");
    for (PeerModels peer : new PeerModels[] {PeerModels.AUTO_VALUE, PeerModels.IMMUTABLES}) {
      table.append("| ").append(PeerModels.OURS.label).append(" ÷ ").append(peer.label)
          .append(" | ").append(spread(rounds, r -> r.get(PeerModels.OURS).wall() / r.get(peer).wall()))
          .append(" | ").append(spread(rounds, r -> r.get(PeerModels.OURS).cpu() / r.get(peer).cpu()))
          .append(" |\n");
    }
    return table.toString();
  }

  /** The median and range of one figure over the rounds. */
  private static String spread(
      List<Map<PeerModels, PerModel>> rounds, ToDoubleFunction<Map<PeerModels, PerModel>> f) {
    double[] values = rounds.stream().mapToDouble(f).toArray();
    return String.format(Locale.ROOT, "%.3f (%.3f–%.3f)", Median.of(values),
        Arrays.stream(values).min().orElseThrow(), Arrays.stream(values).max().orElseThrow());
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
