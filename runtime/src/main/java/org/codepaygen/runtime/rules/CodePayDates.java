package org.codepaygen.runtime.rules;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * CodePay's two date formats, {@code yyyy-MM-dd} and {@code yyyy-MM-dd HH:mm:ss}, always in UTC. Nothing here reads
 * the JVM's default zone or locale. ({@code MM-DD} in CodePay's page would be day-of-year in Java; it means day of
 * month.)
 *
 * <p>Both formats are fixed-width digits, read and written here field by field rather than through a
 * {@code DateTimeFormatter}: building one loads some fifty {@code java.time.format} classes, a measurable part of a
 * fresh JVM's first call (benchmarks/README.md, figure 4). Ranges are checked strictly by {@code LocalDate.of} and
 * {@code LocalTime.of}: no 30 February, no hour 24.
 */
public final class CodePayDates {
  private static final int DATE_LENGTH = 10;
  private static final int DATE_TIME_LENGTH = 19;

  private CodePayDates() {}

  /** {@code yyyy-MM-dd}; the year must have four digits. */
  public static String formatDate(LocalDate date) {
    char[] text = new char[DATE_LENGTH];
    writeDate(text, date);
    return new String(text);
  }

  public static LocalDate parseDate(String text) {
    requireShape(text, DATE_LENGTH);
    return readDate(text);
  }

  /** Formats a date-time that is already in UTC; fractions of a second must have been removed. */
  public static String formatDateTime(LocalDateTime utc) {
    char[] text = new char[DATE_TIME_LENGTH];
    writeDate(text, utc.toLocalDate());
    text[10] = ' ';
    writeDigits(text, 11, 2, utc.getHour());
    text[13] = ':';
    writeDigits(text, 14, 2, utc.getMinute());
    text[16] = ':';
    writeDigits(text, 17, 2, utc.getSecond());
    return new String(text);
  }

  /** Formats an instant as its UTC date-time; fractions of a second must have been removed. */
  public static String formatDateTime(Instant instant) {
    return formatDateTime(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  public static LocalDateTime parseDateTime(String text) {
    requireShape(text, DATE_TIME_LENGTH);
    return readDate(text).atTime(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2));
  }

  public static Instant parseInstant(String text) {
    return parseDateTime(text).toInstant(ZoneOffset.UTC);
  }

  private static void writeDate(char[] text, LocalDate date) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      throw new DateTimeException("CodePay dates have four-digit years, not " + year);
    }
    writeDigits(text, 0, 4, year);
    text[4] = '-';
    writeDigits(text, 5, 2, date.getMonthValue());
    text[7] = '-';
    writeDigits(text, 8, 2, date.getDayOfMonth());
  }

  private static void writeDigits(char[] text, int start, int width, int value) {
    for (int i = start + width - 1; i >= start; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  private static LocalDate readDate(String text) {
    return LocalDate.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
  }

  /** ASCII digits where the format has letters, its separators elsewhere; {@code length} picks the format. */
  private static void requireShape(String text, int length) {
    String format = "yyyy-MM-dd HH:mm:ss".substring(0, length);
    if (text.length() != length) {
      throw new DateTimeParseException("Not in CodePay's " + format + " format", text, 0);
    }
    for (int i = 0; i < length; i++) {
      char expected = format.charAt(i);
      char actual = text.charAt(i);
      if (Character.isLetter(expected) ? actual < '0' || actual > '9' : actual != expected) {
        throw new DateTimeParseException("Not in CodePay's " + format + " format", text, i);
      }
    }
  }

  private static int digits(String text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }
}
