package org.codepaygen.benchmarks;

import java.util.Arrays;

/** The median of repeated whole-run timings, which one slow run on a shared machine does not move. */
public final class Median {
  private Median() {}

  public static double of(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
