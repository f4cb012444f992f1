package org.codepaygen.sandbox.notify;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When an unacknowledged notification is sent again (protocol §6): 15 tries, the waits 5s, 10s, 15s, 30s, 60s, 3m,
 * 10m, 15m, 30m ×3 and 3h ×3, each divided by the time scale so that tests need not wait hours.
 */
public final class RetrySchedule {
  static final List<Duration> WAITS = List.of(
      Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(30),
      Duration.ofSeconds(60), Duration.ofMinutes(3), Duration.ofMinutes(10), Duration.ofMinutes(15),
      Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(30),
      Duration.ofHours(3), Duration.ofHours(3), Duration.ofHours(3));

  private final double timeScale;

  /** @param timeScale how much faster than real time the waits pass; 1 is the real schedule */
  public RetrySchedule(double timeScale) {
    if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
      throw new IllegalArgumentException("The time scale must be a positive number, was " + timeScale);
    }
    this.timeScale = timeScale;
  }

  /** The total number of tries, the first included. */
  public static int maxTries() {
    return WAITS.size() + 1;
  }

  /** The wait after the given number of failed tries, or empty once every try is used. */
  public Optional<Duration> waitAfter(int failedTries) {
    if (failedTries < 1 || failedTries > WAITS.size()) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofNanos((long) (WAITS.get(failedTries - 1).toNanos() / timeScale)));
  }
}
