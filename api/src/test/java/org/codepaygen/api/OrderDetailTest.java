package org.codepaygen.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.codepaygen.api.online.ExtParams;
import org.codepaygen.api.online.OrderDetail;
import org.codepaygen.api.online.PaymentOption;
import org.junit.jupiter.api.Test;

class OrderDetailTest {
  @Test
  void writesTheProtocolsShapeWithAmountsAsWritten() {
    String json = OrderDetail.general()
        .item(new OrderDetail.Item(
            "MUG", 2, new BigDecimal("12.00"), new BigDecimal("24.00"), "Mug", "https://x/m.png"))
        .shipTo("US", "CA").billIn("US").allow(PaymentOption.CARD, PaymentOption.GOOGLE_PAY)
        .disallow(PaymentOption.APPLE_PAY).build().toJson();

    assertThat(json).isEqualTo("{\"type\":\"GENERAL\",\"data\":{\"items\":[{\"code\":\"MUG\",\"quantity\":2,"
        + "\"unit_price\":12.00,\"amount\":24.00,\"name\":\"Mug\",\"image\":\"https://x/m.png\"}],"
        + "\"shipping\":{\"allow_regions\":[\"US\",\"CA\"]},\"billing\":{\"allow_regions\":[\"US\"]},"
        + "\"payment\":{\"allow_options\":[\"Card\",\"GooglePay\"],\"disallow_options\":[\"ApplePay\"]}}}");
  }

  @Test
  void leavesOutWhatWasNotSet() {
    assertThat(OrderDetail.general().build().toJson()).isEqualTo("{\"type\":\"GENERAL\",\"data\":{\"items\":[]}}");
  }

  @Test
  void refusesAnItemWithoutQuantity() {
    assertThatThrownBy(() -> new OrderDetail.Item("MUG", 0, BigDecimal.ONE, BigDecimal.ONE, "Mug", null))
        .hasMessageContaining("quantity must be at least 1");
  }

  @Test
  void extParamsAreAFlatObjectSortedByName() {
    assertThat(ExtParams.toJson(Map.of("b", "2", "a", "x\"y"))).isEqualTo("{\"a\":\"x\\\"y\",\"b\":\"2\"}");
  }
}
