package org.codepaygen.benchmarks;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.codepaygen.benchmarks.percall.PerCallBenchmark;
import org.codepaygen.benchmarks.signing.SigningBenchmark;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the in-JVM benchmarks once, each in one fork, with JMH's GC profiler, and keeps every score by
 * {@code Benchmark.method} (plus {@code :param} for parameterised ones). Iterations are short but numerous
 * enough for JMH to report a 99.9% error on two shared cores.
 */
final class JmhFigures {
  static final String ALLOCATION = "gc.alloc.rate.norm";

  private final Map<String, Result<?>> primary = new HashMap<>();
  private final Map<String, Result<?>> allocation = new HashMap<>();

  static JmhFigures run() throws RunnerException {
    Options options = new OptionsBuilder()
        .include(PerCallBenchmark.class.getName())
        .include(SigningBenchmark.class.getName())
        .forks(1)
        .warmupIterations(5)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(10)
        .measurementTime(TimeValue.seconds(1))
        .addProfiler(GCProfiler.class)
        .build();
    return new JmhFigures(new Runner(options).run());
  }

  private JmhFigures(Collection<RunResult> results) {
    for (RunResult result : results) {
      String method = result.getParams().getBenchmark();
      String name = method.substring(method.lastIndexOf('.', method.lastIndexOf('.') - 1) + 1);
      String signing = result.getParams().getParam("signing");
      String key = signing == null ? name : name + ":" + signing;
      primary.put(key, result.getPrimaryResult());
      allocation.put(key, result.getSecondaryResults().get(ALLOCATION));
    }
  }

  /** The score of {@code "Class.method"} or {@code "Class.method:param"}. */
  Result<?> score(String key) {
    return require(primary, key);
  }

  /** Bytes allocated per operation, across all threads of the fork. */
  Result<?> allocationPerOp(String key) {
    return require(allocation, key);
  }

  private static Result<?> require(Map<String, Result<?>> results, String key) {
    Result<?> result = results.get(key);
    if (result == null) {
      throw new IllegalStateException("JMH produced no result for " + key + "; it has " + results.keySet());
    }
    return result;
  }
}
