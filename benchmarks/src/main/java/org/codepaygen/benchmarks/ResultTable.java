package org.codepaygen.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The suite's one output: a Markdown table of figures, each ours against a baseline of the same run. */
final class ResultTable {
  /**
   * @param ratio ours divided by the baseline
   * @param target the bound the ratio must keep, such as {@code "≤ 1.05"}, or {@code null} when only reported
   */
  record Row(String figure, String ours, String baseline, double ratio, String target, Boolean met) {}

  private final List<Row> rows = new ArrayList<>();

  /** Adds a figure whose ratio must stay at or below {@code maximum}. */
  void atMost(String figure, String ours, String baseline, double ratio, double maximum) {
    rows.add(new Row(figure, ours, baseline, ratio, "≤ " + format(maximum), ratio <= maximum));
  }

  /** Adds a figure whose ratio must reach at least {@code minimum}. */
  void atLeast(String figure, String ours, String baseline, double ratio, double minimum) {
    rows.add(new Row(figure, ours, baseline, ratio, "≥ " + format(minimum), ratio >= minimum));
  }

  /** Adds a figure that has no target, only a ratio to report. */
  void reported(String figure, String ours, String baseline, double ratio) {
    rows.add(new Row(figure, ours, baseline, ratio, null, null));
  }

  String render() {
    StringBuilder table = new StringBuilder();
    table.append("| figure | ours | baseline | ratio | target | met |\n");
    table.append("|---|---:|---:|---:|---:|:---:|\n");
    for (Row row : rows) {
      table.append("| ").append(row.figure())
          .append(" | ").append(row.ours())
          .append(" | ").append(row.baseline())
          .append(" | ").append(String.format(Locale.ROOT, "%.3f", row.ratio()))
          .append(" | ").append(row.target() == null ? "—" : row.target())
          .append(" | ").append(row.met() == null ? "—" : row.met() ? "yes" : "**no**")
          .append(" |\n");
    }
    return table.toString();
  }

  static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A measurement with its JMH 99.9% error, such as {@code 1234.5 ± 12.3 µs}. */
  static String withError(double score, double error, String unit) {
    return String.format(Locale.ROOT, "%.1f ± %.1f %s", score, error, unit);
  }
}
