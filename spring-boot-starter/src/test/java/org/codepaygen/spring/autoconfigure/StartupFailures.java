package org.codepaygen.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.assertj.ApplicationContextAssertProvider;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** The failure analysis Spring Boot would print for a context that failed to start. */
final class StartupFailures {
  private StartupFailures() {}

  /** Analyses with every registered analyzer, as Spring Boot does, and insists one of them answered. */
  static FailureAnalysis analysisOf(ApplicationContextAssertProvider<?> context) {
    assertThat(context).hasFailed();
    Throwable failure = context.getStartupFailure();
    // Spring Boot's own analyzers need constructor arguments; only ours must load here.
    SpringFactoriesLoader.FailureHandler skip = (type, implementation, problem) -> {};
    for (FailureAnalyzer analyzer : SpringFactoriesLoader.forDefaultResourceLocation()
        .load(FailureAnalyzer.class, SpringFactoriesLoader.ArgumentResolver.none(), skip)) {
      FailureAnalysis analysis = analyzer.analyze(failure);
      if (analysis != null && analyzer instanceof CodePayPropertyFailureAnalyzer) {
        return analysis;
      }
    }
    throw new AssertionError("No CodePay failure analysis for " + failure);
  }
}
