package org.codepaygen.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.UnknownCode;
import org.codepaygen.annotations.WireCode;
import org.codepaygen.runtime.error.ValidationException;
import org.junit.jupiter.api.Test;

/** CodePay's JSON conventions, on hand-written classes of the shape the processor generates. */
class CodePayJsonTest {
  enum TransType {
    @WireCode("1") SALE,
    @WireCode("3") REFUND,
    @UnknownCode UNRECOGNISED
  }

  enum PayScenario {
    SWIPE_CARD,
    @UnknownCode OTHER
  }

  @CodePayModel
  interface Line {
    String name();
  }

  static final class Order {
    @JsonProperty("trans_type") TransType transType;
    @JsonProperty("pay_scenario") PayScenario payScenario;
    @JsonProperty("day") LocalDate day;
    @JsonProperty("at") Instant at;
    @JsonProperty("lines") @EmbeddedJson List<Line> lines;
    @JsonProperty("absent") String absent;
  }

  @Test
  void writesWireCodesDatesAndEmbeddedJson() throws Exception {
    Order order = new Order();
    order.transType = TransType.SALE;
    order.payScenario = PayScenario.SWIPE_CARD;
    order.day = LocalDate.of(2024, 2, 29);
    order.at = Instant.parse("2024-02-29T23:59:58Z");
    order.lines = List.of(new ImmutableCodePayJsonTest_Line("tea"));

    String json = CodePayJson.mapper().writeValueAsString(order);

    assertThat(json).isEqualTo("{\"trans_type\":1,\"pay_scenario\":\"SWIPE_CARD\",\"day\":\"2024-02-29\","
        + "\"at\":\"2024-02-29 23:59:58\",\"lines\":\"[{\\\"name\\\":\\\"tea\\\"}]\"}");
  }

  @Test
  void readsCodesAsNumberOrStringAndModelsByInterface() throws Exception {
    Order order = CodePayJson.mapper().readValue(
        "{\"trans_type\":\"3\",\"pay_scenario\":\"SWIPE_CARD\",\"lines\":\"[{\\\"name\\\":\\\"tea\\\"}]\","
            + "\"new_member\":true}",
        Order.class);

    assertThat(order.transType).isEqualTo(TransType.REFUND);
    assertThat(order.lines).singleElement().extracting(Line::name).isEqualTo("tea");
  }

  @Test
  void unknownCodeFromGatewayDecodesToUnknownConstant() throws Exception {
    Order order = CodePayJson.mapper().readValue("{\"trans_type\":77,\"pay_scenario\":\"NFC\"}", Order.class);

    assertThat(order.transType).isEqualTo(TransType.UNRECOGNISED);
    assertThat(order.payScenario).isEqualTo(PayScenario.OTHER);
  }

  @Test
  void unknownConstantCannotBeSent() {
    Order order = new Order();
    order.transType = TransType.UNRECOGNISED;

    assertThatThrownBy(() -> CodePayJson.mapper().writeValueAsString(order))
        .rootCause()
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).isEqualTo("KNOWN_CODE"));
  }

  @Test
  void duplicateMemberNamesAreRefused() {
    assertThatThrownBy(() -> WireMembers.parse("{\"code\":\"0\",\"code\":\"1\"}".getBytes()))
        .hasMessageContaining("Duplicate field 'code'");
  }

  @Test
  void wireMembersKeepNumberLiteralsAsWritten() throws Exception {
    WireMembers members = WireMembers.parse("{\"a\":34.50,\"b\":1e3,\"c\":-0.0,\"d\":12345678901234567890}".getBytes());

    assertThat(members.wireTexts()).containsExactly(
        java.util.Map.entry("a", "34.50"), java.util.Map.entry("b", "1e3"), java.util.Map.entry("c", "-0.0"),
        java.util.Map.entry("d", "12345678901234567890"));
  }
}
