package org.codepaygen.runtime.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * CodePay's two date formats, {@code yyyy-MM-dd} and {@code yyyy-MM-dd HH:mm:ss}, always in UTC. Nothing here reads
 * the JVM's default zone or locale. ({@code MM-DD} in CodePay's page would be day-of-year in Java; it means day of
 * month.)
 */
public final class CodePayDates {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private CodePayDates() {}

  public static String formatDate(LocalDate date) {
    return DATE.format(date);
  }

  public static LocalDate parseDate(String text) {
    return LocalDate.parse(text, DATE);
  }

  /** Formats a date-time that is already in UTC; fractions of a second must have been removed. */
  public static String formatDateTime(LocalDateTime utc) {
    return DATE_TIME.format(utc);
  }

  /** Formats an instant as its UTC date-time; fractions of a second must have been removed. */
  public static String formatDateTime(Instant instant) {
    return DATE_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  public static LocalDateTime parseDateTime(String text) {
    return LocalDateTime.parse(text, DATE_TIME);
  }

  public static Instant parseInstant(String text) {
    return parseDateTime(text).toInstant(ZoneOffset.UTC);
  }
}
