package org.codepaygen.runtime.http;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the {@value #HEADER} id every request carries (protocol §10): 20 digits, the UTC second as
 * {@code yyMMddHHmmss} followed by an 8-digit sequence. The sequence is a process-wide counter, so two ids of one
 * process are equal only if 10<sup>8</sup> requests were made in between and within the same second. Its start is
 * random, so two processes collide only when their counters run within a few thousand values of each other in the
 * same second: practically never. The time prefix lets CodePay's support narrow a search. Thread-safe.
 *
 * <p>The digits are written by hand, not with a {@code DateTimeFormatter} and {@code String.format}: those load some
 * sixty {@code java.time.format} and {@code java.util.Formatter} classes on a fresh JVM's first call
 * (benchmarks/README.md, figure 4).
 */
public final class RequestIds {
  /** The header's name, as CodePay's own SDK sends it. */
  public static final String HEADER = "Http-Request-Psn";
  /** How many characters an id has. */
  public static final int LENGTH = 20;

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
    LocalDateTime utc = LocalDateTime.ofEpochSecond(clock.instant().getEpochSecond(), 0, ZoneOffset.UTC);
    char[] id = new char[LENGTH];
    writeDigits(id, 0, 2, utc.getYear() % 100);
    writeDigits(id, 2, 2, utc.getMonthValue());
    writeDigits(id, 4, 2, utc.getDayOfMonth());
    writeDigits(id, 6, 2, utc.getHour());
    writeDigits(id, 8, 2, utc.getMinute());
    writeDigits(id, 10, 2, utc.getSecond());
    writeDigits(id, 12, 8, n);
    return new String(id);
  }

  /** Writes {@code value}'s last {@code width} decimal digits, zero-padded, into {@code id} from {@code start}. */
  private static void writeDigits(char[] id, int start, int width, long value) {
    for (int i = start + width - 1; i >= start; i--) {
      id[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
