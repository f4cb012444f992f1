package org.codepaygen.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.codepaygen.runtime.error.ValidationException;
import org.junit.jupiter.api.Test;

/** CodePay's formatting rules, by property and by example. */
class RulesTest {
  @Provide
  Arbitrary<String> bmpText() {
    return Arbitraries.chars()
        .filter(c -> !Character.isSurrogate(c))
        .list().ofMaxSize(40)
        .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
  }

  @Provide
  Arbitrary<Integer> supplementaryCodePoints() {
    return Arbitraries.integers().between(Character.MIN_SUPPLEMENTARY_CODE_POINT, Character.MAX_CODE_POINT);
  }

  @Property
  void bmpTextWithinLimitPasses(@ForAll("bmpText") String text) {
    assertThat(Rules.checkText("Order", "description", text, 40)).isSameAs(text);
  }

  @Property
  void supplementaryCharacterFailsAtItsIndex(
      @ForAll("bmpText") String before, @ForAll("supplementaryCodePoints") int codePoint,
      @ForAll("bmpText") String after) {
    String text = before + Character.toString(codePoint) + after;

    assertThatThrownBy(() -> Rules.checkText("Order", "description", text))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.rule()).isEqualTo("BMP_ONLY");
          assertThat(e.property()).isEqualTo("description");
          assertThat(e.getMessage()).contains("at index " + before.length(), String.format("U+%X", codePoint));
        });
  }

  @Property
  void loneSurrogateFailsAtItsIndex(
      @ForAll("bmpText") String before, @ForAll @IntRange(min = 0xD800, max = 0xDFFF) int surrogate,
      @ForAll("bmpText") String after) {
    String text = before + (char) surrogate + after;

    assertThatThrownBy(() -> Rules.checkText("Order", "description", text))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.getMessage()).contains("lone surrogate", "at index " + before.length()));
  }

  @Property
  void textOverLimitFailsWithItsLength(@ForAll @IntRange(min = 1, max = 64) int limit,
      @ForAll @IntRange(min = 1, max = 10) int over) {
    String text = "a".repeat(limit + over);

    assertThatThrownBy(() -> Rules.checkText("Order", "merchantOrderNo", text, limit))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.rule()).isEqualTo("MAX_LENGTH");
          assertThat(e.getMessage()).contains("has " + (limit + over) + " characters; at most " + limit);
        });
  }

  @Test
  void threeByteCharactersCountAsOneCharacter() {
    assertThat(Rules.checkText("Order", "description", "咖".repeat(32), 32)).hasSize(32);
  }

  @Test
  void patternMustMatchWholeValue() {
    Pattern orderNo = Pattern.compile("[0-9A-Za-z_\\-|*@]+");

    assertThat(Rules.checkText("Order", "merchantOrderNo", "A_b-c|d*e@f", 32, orderNo)).isEqualTo("A_b-c|d*e@f");
    assertThatThrownBy(() -> Rules.checkText("Order", "merchantOrderNo", "A B", 32, orderNo))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).isEqualTo("PATTERN"));
  }

  @Test
  void emojiIsReportedBeforeLengthAndPattern() {
    assertThatThrownBy(() -> Rules.checkText("Order", "merchantOrderNo", "😀".repeat(40), 32, Pattern.compile("x")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).isEqualTo("BMP_ONLY"));
  }

  @Test
  void missingPropertiesAreReportedTogether() {
    assertThatThrownBy(() -> Rules.requirePresent("CreateOrder", List.of("merchantOrderNo", "orderAmount")))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.rule()).isEqualTo("REQUIRED");
          assertThat(e.getMessage()).contains("CreateOrder.merchantOrderNo, orderAmount");
        });
  }

  @Test
  void nullPassesEveryTextRule() {
    assertThat(Rules.checkText("Order", "description", null, 3, Pattern.compile("x"))).isNull();
  }

  @Test
  void dateTimeWithFractionOfSecondIsRefused() {
    assertThatThrownBy(() -> Rules.checkDateTime("Order", "expiresAt", LocalDateTime.of(2024, 1, 1, 0, 0, 0, 5)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).isEqualTo("WHOLE_SECONDS"));
  }

  @Property
  void instantsRoundTripInUtcWhateverTheDefaultZone(
      @ForAll @LongRange(min = 0, max = 253_402_300_799L) long epochSecond) {
    assertThat(TimeZone.getDefault().toZoneId()).isNotEqualTo(ZoneOffset.UTC).isNotEqualTo(ZoneId.of("UTC"));
    Instant instant = Instant.ofEpochSecond(epochSecond);

    String text = CodePayDates.formatDateTime(instant);

    assertThat(CodePayDates.parseInstant(text)).isEqualTo(instant);
    assertThat(text).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    assertThat(LocalDateTime.parse(text.replace(' ', 'T')).toEpochSecond(ZoneOffset.UTC)).isEqualTo(epochSecond);
  }

  @Test
  void formatsKnownInstantAsUtcText() {
    assertThat(CodePayDates.formatDateTime(Instant.ofEpochMilli(1701763963000L))).isEqualTo("2023-12-05 08:12:43");
    assertThat(CodePayDates.formatDate(LocalDate.of(2023, 12, 5))).isEqualTo("2023-12-05");
  }

  @Test
  void refusesDayOfYearStyleDates() {
    assertThatThrownBy(() -> CodePayDates.parseDate("2023-02-30")).isInstanceOf(RuntimeException.class);
  }
}
