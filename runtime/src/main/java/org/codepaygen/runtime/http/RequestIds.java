package org.codepaygen.runtime.http;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the {@value #HEADER} id every request carries (protocol §10): 20 digits, the UTC second as
 * {@code yyMMddHHmmss} followed by an 8-digit sequence. The sequence is a process-wide counter, so two ids of one
 * process are equal only if 10<sup>8</sup> requests were made in between and within the same second. Its start is
 * random, so two processes collide only when their counters run within a few thousand values of each other in the
 * same second: practically never. The time prefix lets CodePay's support narrow a search. Thread-safe.
 */
public final class RequestIds {
  /** The header's name, as CodePay's own SDK sends it. */
  public static final String HEADER = "Http-Request-Psn";
  /** How many characters an id has. */
  public static final int LENGTH = 20;

  private static final DateTimeFormatter SECOND =
      DateTimeFormatter.ofPattern("yyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final long SEQUENCE_SPAN = 100_000_000L;
  private static final RequestIds PROCESS = new RequestIds(Clock.systemUTC(), new SecureRandom().nextLong());

  private final Clock clock;
  private final AtomicLong sequence;

  RequestIds(Clock clock, long start) {
    this.clock = clock;
    this.sequence = new AtomicLong(Math.floorMod(start, SEQUENCE_SPAN));
  }

  /** The next id of this process. */
  public static String next() {
    return PROCESS.nextId();
  }

  String nextId() {
    long n = Math.floorMod(sequence.getAndIncrement(), SEQUENCE_SPAN);
    return SECOND.format(clock.instant()) + String.format(Locale.ROOT, "%08d", n);
  }
}
