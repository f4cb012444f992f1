package org.codepaygen.sample;

import java.util.List;

/** Renders step results as a plain-text table. */
final class Summary {
  private Summary() {}

  static String format(List<StepResult> results) {
    int stepWidth = results.stream().mapToInt(r -> r.step().length()).max().orElse(4);
    StringBuilder out = new StringBuilder();
    int number = 0;
    for (StepResult result : results) {
      out.append(String.format("%2d. %s %-" + stepWidth + "s  %-20s  %s%n", ++number,
          result.expected() ? "ok  " : "FAIL", result.step(), result.psn() == null ? "(no psn)" : result.psn(),
          result.outcome()));
    }
    long expected = results.stream().filter(StepResult::expected).count();
    out.append(String.format("%d of %d steps ended as expected.%n", expected, results.size()));
    return out.toString();
  }
}
