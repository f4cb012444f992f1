package org.codepaygen.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-read formats against the JDK's strict formatter of the same patterns, and what both refuse. */
class CodePayDatesTest {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  @Property
  void agreesWithTheJdksStrictFormatterOverYearsZeroTo9999(
      @ForAll @LongRange(min = -62_167_219_200L, max = 253_402_300_799L) long epochSecond) {
    LocalDateTime dateTime = LocalDateTime.ofEpochSecond(epochSecond, 0, java.time.ZoneOffset.UTC);

    assertThat(CodePayDates.formatDateTime(dateTime)).isEqualTo(DATE_TIME.format(dateTime));
    assertThat(CodePayDates.formatDate(dateTime.toLocalDate())).isEqualTo(DATE.format(dateTime));
    assertThat(CodePayDates.parseDateTime(DATE_TIME.format(dateTime))).isEqualTo(dateTime);
    assertThat(CodePayDates.parseDate(DATE.format(dateTime))).isEqualTo(dateTime.toLocalDate());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "2023-02-29 00:00:00", "2023-02-30 00:00:00", "2023-13-01 00:00:00", "2023-00-10 00:00:00",
    "2023-01-01 24:00:00", "2023-01-01 23:60:00", "2023-01-01 23:59:60", "2023-01-01T00:00:00",
    "2023-1-01 00:00:00", "2023-01-01 00:00:00 ", "+2023-01-01 00:00", "2023-01-01 0a:00:00",
    "２０２３-01-01 00:00:00", "2023/01/01 00:00:00", ""
  })
  void refusesWhatTheStrictFormatterRefuses(String text) {
    assertThatThrownBy(() -> LocalDateTime.parse(text, DATE_TIME)).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> CodePayDates.parseDateTime(text)).isInstanceOf(DateTimeException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-29", "2023-2-28", "2023-02-28 ", "20230228", "2023-02-2８"})
  void refusesMalformedDates(String text) {
    assertThatThrownBy(() -> CodePayDates.parseDate(text)).isInstanceOf(DateTimeException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 10_000})
  void refusesYearsThatDoNotHaveFourDigits(int year) {
    assertThatThrownBy(() -> CodePayDates.formatDate(LocalDate.of(year, 1, 1)))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("four-digit years")
        .hasMessageContaining(Integer.toString(year));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-29 12:00:00", "0000-01-01 00:00:00", "9999-12-31 23:59:59"})
  void acceptsTheEdges(String text) {
    assertThat(CodePayDates.parseDateTime(text)).isEqualTo(LocalDateTime.parse(text, DATE_TIME));
  }
}
