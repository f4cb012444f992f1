package org.codepaygen.sandbox.state;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 20-digit identifiers (psn, trans_no): the UTC second as {@code yyMMddHHmmss}, then an 8-digit sequence. The
 * sequence alone keeps them unique for 10<sup>8</sup> calls per generator, even if the clock stands still or goes
 * back, as test clocks do. Thread-safe.
 */
public final class SerialNumbers {
  private static final DateTimeFormatter SECOND =
      DateTimeFormatter.ofPattern("yyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final long SEQUENCE_SPAN = 100_000_000L;

  private final Clock clock;
  private final AtomicLong sequence = new AtomicLong();

  public SerialNumbers(Clock clock) {
    this.clock = clock;
  }

  public String next() {
    long n = sequence.getAndIncrement() % SEQUENCE_SPAN;
    return SECOND.format(clock.instant()) + String.format(Locale.ROOT, "%08d", n);
  }
}
