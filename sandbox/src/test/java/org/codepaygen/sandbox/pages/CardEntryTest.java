package org.codepaygen.sandbox.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checkout's card fields: checked like a card network would, then routed by the test card numbers. */
class CardEntryTest {
  /** 2026-12-31 23:59 UTC: a card expiring 12/26 is still good, 11/26 is not. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-31T23:59:00Z"), ZoneOffset.UTC);

  @ParameterizedTest
  @CsvSource({
      "4242 4242 4242 4242, 12/26, 123,  APPROVED",
      "4242-4242-4242-4242, 1226,  1234, APPROVED",
      "5555555555554444,    01/27, 123,  APPROVED",
      "4000000000000002,    12/34, 123,  DECLINED",
      "4000 0000 0000 3220, 12/34, 123,  CHALLENGED",
      "4242424242424241,    12/34, 123,  ",
      "4242424242424242,    11/26, 123,  ",
      "4242424242424242,    13/30, 123,  ",
      "4242424242424242,    1/30,  123,  ",
      "4242424242424242,    12//30, 123, ",
      "4242424242424242,    12/34, 12,   ",
      "4242424242424242,    12/34, 12a,  ",
      "42424242,            12/34, 123,  ",
      "4242４242424242424,  12/34, 123,  "})
  void checksTheCardThenFollowsTheTestNumbers(String number, String expiry, String cvv, CardEntry expected) {
    Optional<CardEntry> entry = CardEntry.of(
        Map.of(CardEntry.NUMBER, number, CardEntry.EXPIRY, expiry, CardEntry.CVV, cvv), CLOCK);

    assertThat(entry).isEqualTo(Optional.ofNullable(expected));
  }
}
