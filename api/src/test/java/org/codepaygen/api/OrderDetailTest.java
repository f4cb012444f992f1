package org.codepaygen.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.codepaygen.api.online.OrderDetail;
import org.codepaygen.api.online.PaymentOption;
import org.codepaygen.runtime.error.ValidationException;
import org.codepaygen.runtime.json.CodePayJson;
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
  void extParamsAreSentAsTheTextOfAFlatObjectInTheMapsOrder() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("b", "2");
    params.put("a", "x\"y");
    JsonNode sent = CodePayJson.mapper().valueToTree(refund().extParams(params).build());
    assertThat(sent.get("ext_params").isTextual()).isTrue();
    assertThat(sent.get("ext_params").textValue()).isEqualTo("{\"b\":\"2\",\"a\":\"x\\\"y\"}");
  }

  @Test
  void extParamsRefuseANullValueNamingTheKey() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("channel", null);
    assertThatThrownBy(() -> refund().extParams(params).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("extParams");
  }

  private static ImmutableSubmitRefund.Builder refund() {
    return ImmutableSubmitRefund.builder().origMerchantOrderNo("A1").merchantOrderNo("R1").priceCurrency("USD")
        .orderAmount(new BigDecimal("1.00")).transAmount(new BigDecimal("1.00"));
  }
}
