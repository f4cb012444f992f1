package org.codepaygen.runtime.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.codepaygen.runtime.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardDetailsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-31T23:59:59Z"), ZoneOffset.UTC);

  private static CardDetails.Builder valid() {
    return CardDetails.builder().pan("4242424242424242").expiry(YearMonth.of(2026, 12)).cvv("123").clock(CLOCK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4242424242424242", "4000000000000002", "4000000000003220", "5555 5555 5555 4444",
      "378282246310005"})
  void knownGoodNumbersPassTheLuhnCheck(String pan) {
    assertThat(valid().pan(pan).build().isDestroyed()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"4242424242424241", "4000000000003221", "1234567812345678"})
  void aMistypedNumberFailsTheLuhnCheckWithoutBeingShown(String pan) {
    assertThatThrownBy(() -> valid().pan(pan).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).isEqualTo("LUHN"))
        .hasMessageStartingWith("CardDetails.pan breaks rule LUHN")
        .hasMessageNotContaining(pan);
  }

  @ParameterizedTest
  @ValueSource(strings = {"42424242", "42424242424242424242", "4242-4242-4242-4242"})
  void aNumberOfTheWrongShapeIsRefused(String pan) {
    assertThatThrownBy(() -> valid().pan(pan).build()).hasMessageStartingWith("CardDetails.pan breaks rule CARD_NUMBER");
  }

  @Test
  void theExpiryMonthIsValidUntilItsLastSecondInUtc() {
    assertThat(valid().expiry(YearMonth.of(2026, 12)).build()).isNotNull();
    assertThatThrownBy(() -> valid().expiry(YearMonth.of(2026, 11)).build())
        .hasMessageStartingWith("CardDetails.expiry breaks rule NOT_EXPIRED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12", "12345", "12a"})
  void aSecurityCodeHasThreeOrFourDigits(String cvv) {
    assertThatThrownBy(() -> valid().cvv(cvv).build())
        .hasMessageStartingWith("CardDetails.cvv breaks rule CVV")
        .hasMessageNotContaining(cvv);
  }

  @Test
  void missingFieldsAreNamedTogether() {
    assertThatThrownBy(() -> CardDetails.builder().build())
        .hasMessageStartingWith("CardDetails.pan, expiry, cvv breaks rule REQUIRED");
  }

  @Test
  void aHolderNameOutsideTheBmpIsRefused() {
    assertThatThrownBy(() -> valid().holder("Ann \uD83D\uDE00").build())
        .hasMessageStartingWith("CardDetails.holder breaks rule BMP_ONLY");
  }

  @Test
  void toStringNeverShowsTheCard() {
    CardDetails card = valid().holder("Ann Lee").build();
    assertThat(card.toString()).isEqualTo("CardDetails[****]");
  }

  @Test
  void destroyZeroesTheFieldsItWasGiven() {
    CardDetails card = valid().build();
    card.destroy();
    assertThat(card.isDestroyed()).isTrue();
    assertThatThrownBy(() -> card.writeTo((t, pan, expiry, cvv, holder) -> {}, CLOCK))
        .isInstanceOf(IllegalStateException.class);
  }
}
