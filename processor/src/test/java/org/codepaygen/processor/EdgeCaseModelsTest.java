package org.codepaygen.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.codepaygen.runtime.json.CodePayJson;
import org.junit.jupiter.api.Test;

/** The generated models of the edge-case spec, run: what JavaBeans names send, and what inheritance keeps. */
class EdgeCaseModelsTest {
  private final CompiledSpec edges = CompiledSpec.edges();
  private final ObjectMapper mapper = CodePayJson.mapper();

  private Object order() {
    return edges.builder("Order")
        .set("merchantOrderNo", "M-1001")
        .set("orderAmount", new BigDecimal("34.50"))
        .set("orderID", "O-7")
        .set("paid", true)
        .set("settled", false)
        .set("note", "gift")
        .build();
  }

  @Test
  void javaBeansAccessorsAreSentWithoutTheirPrefixes() throws Exception {
    JsonNode json = mapper.readTree(mapper.writeValueAsString(order()));
    List<String> members = new ArrayList<>();
    json.fieldNames().forEachRemaining(members::add);
    assertThat(members).containsExactlyInAnyOrder(
        "merchant_order_no", "order_amount", "order_id", "paid", "settled", "attach");
    assertThat(json.get("merchant_order_no").textValue()).isEqualTo("M-1001");
    assertThat(json.get("paid").booleanValue()).isTrue();
  }

  @Test
  void javaBeansAccessorsReadBackAndAnswerUnderTheirOwnNames() throws Exception {
    Object order = order();
    Object read = mapper.readValue(mapper.writeValueAsString(order), edges.type("Order"));
    assertThat(read).isEqualTo(order);
    assertThat(CompiledSpec.get(read, "getMerchantOrderNo")).isEqualTo("M-1001");
    assertThat(CompiledSpec.get(read, "isPaid")).isEqualTo(true);
    assertThat(CompiledSpec.get(read, "getNote")).isEqualTo(Optional.of("gift"));
    assertThat(read.toString()).startsWith("Order{merchantOrderNo=M-1001, orderAmount=34.50, orderID=O-7, paid=true");
  }

  @Test
  void defaultAndStaticMethodsOfAModelStayTheUsersOwn() {
    Object refund = CompiledSpec.invoke(edges.type("Refund"), null, "of", "R-1", BigDecimal.TEN);
    assertThat(refund.getClass().getSimpleName()).isEqualTo("ImmutableRefund");
    assertThat(CompiledSpec.get(refund, "label")).isEqualTo("refund R-1");
  }

  @Test
  void aModelExtendingAModelCarriesTheInheritedProperties() throws Exception {
    Object partial = edges.builder("PartialRefund").set("reason", "damaged").set("amount", BigDecimal.ONE)
        .set("key", "R-2").build();
    assertThat(mapper.readTree(mapper.writeValueAsString(partial)).toString())
        .isEqualTo("{\"reason\":\"damaged\",\"amount\":1,\"key\":\"R-2\"}");
    assertThat(edges.type("Refund").isInstance(partial)).isTrue();
  }

  @Test
  void everyCommonNullableMakesAPropertyOptional() {
    Object notes = edges.builder("Notes").set("id", "N-1").build();
    for (String property : List.of("jspecify", "jsr305", "jetbrains", "checker")) {
      assertThat(CompiledSpec.get(notes, property)).as(property).isNull();
    }
  }
}
