package org.codepaygen.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.codepaygen.runtime.error.ValidationException;
import org.codepaygen.runtime.json.CodePayJson;
import org.junit.jupiter.api.Test;

/** The generated models of the shop spec, run: rules, builder, equality, masking and JSON. */
class GeneratedModelTest {
  private final CompiledSpec shop = CompiledSpec.shop();
  private final ObjectMapper mapper = CodePayJson.mapper();

  private Object item(String name, int quantity, String price) {
    return shop.builder("Item").set("name", name).set("quantity", quantity).set("price", new BigDecimal(price))
        .build();
  }

  private CompiledSpec.Builder order() {
    return shop.builder("CreateOrder")
        .set("merchantOrderNo", "M-1001")
        .set("orderAmount", new BigDecimal("34.50"))
        .set("transType", shop.constant("TransType", "SALE"))
        .set("note", "card ending 4242")
        .set("items", List.of(item("Tea", 2, "1.50")));
  }

  @Test
  void builderReportsEveryMissingRequiredPropertyInOneException() {
    assertThatThrownBy(() -> shop.builder("CreateOrder").set("note", "x").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.rule()).isEqualTo("REQUIRED");
          assertThat(e.model()).isEqualTo("CreateOrder");
          assertThat(e.property()).isEqualTo("merchantOrderNo, orderAmount, transType, items");
        });
  }

  @Test
  void anEmptyRequiredStringCountsAsMissingSinceItWouldNeverBeSent() {
    assertThatThrownBy(() -> order().set("merchantOrderNo", "").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.rule()).isEqualTo("REQUIRED");
          assertThat(e.property()).isEqualTo("merchantOrderNo");
        });
  }

  @Test
  void primitivePropertiesAreRequiredToo() {
    assertThatThrownBy(() -> shop.builder("Item").set("name", "Tea").set("price", BigDecimal.ONE).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.property()).isEqualTo("quantity"));
  }

  @Test
  void rejectsAnEmojiInAnOptionalStringNamingTheFieldAndIndex() {
    assertThatThrownBy(() -> order().set("description", "Tea \uD83C\uDF75").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.rule()).isEqualTo("BMP_ONLY");
          assertThat(e.property()).isEqualTo("description");
          assertThat(e.getMessage()).contains("index 4");
        });
  }

  @Test
  void rejectsAnEmojiInANestedItem() {
    assertThatThrownBy(() -> item("\uD83C\uDF75", 1, "1"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.model()).isEqualTo("Item");
          assertThat(e.property()).isEqualTo("name");
        });
  }

  @Test
  void rejectsAMerchantOrderNumberLongerThan32() {
    assertThatThrownBy(() -> order().set("merchantOrderNo", "A".repeat(33)).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.rule()).isEqualTo("MAX_LENGTH");
          assertThat(e.property()).isEqualTo("merchantOrderNo");
        });
    assertThat(order().set("merchantOrderNo", "A".repeat(32)).build()).isNotNull();
  }

  @Test
  void rejectsAMerchantOrderNumberOutsideItsPattern() {
    assertThatThrownBy(() -> order().set("merchantOrderNo", "M 1001").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).isEqualTo("PATTERN"));
  }

  @Test
  void rejectsFractionsOfASecond() {
    assertThatThrownBy(() -> status().set("transEndTime", LocalDateTime.of(2026, 1, 2, 3, 4, 5, 1)).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.rule()).isEqualTo("WHOLE_SECONDS");
          assertThat(e.property()).isEqualTo("transEndTime");
        });
    assertThatThrownBy(() -> status().set("settledAt", Instant.ofEpochMilli(1)).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.property()).isEqualTo("settledAt"));
  }

  @Test
  void toStringMasksTheSensitiveNote() {
    String text = order().build().toString();
    assertThat(text).contains("note=****", "merchantOrderNo=M-1001").doesNotContain("4242");
  }

  @Test
  void equalValuesAreEqualAndHashAlike() {
    Object a = order().build();
    Object b = order().build();
    Object c = order().set("orderAmount", new BigDecimal("34.51")).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
  }

  @Test
  void optionalAccessorsWrapAbsentValues() {
    Object order = order().build();
    assertThat(CompiledSpec.get(order, "description")).isEqualTo(Optional.empty());
    assertThat(CompiledSpec.get(order, "giftItem")).isEqualTo(Optional.empty());
    assertThat(CompiledSpec.get(order().set("description", "tea").build(), "description"))
        .isEqualTo(Optional.of("tea"));
  }

  @Test
  void copyOfKeepsAnImmutableAndChecksAnyOtherImplementation() {
    Object order = order().build();
    Class<?> immutable = shop.type("ImmutableCreateOrder");
    assertThat(CompiledSpec.invoke(immutable, null, "copyOf", order)).isSameAs(order);

    Class<?> api = shop.type("CreateOrder");
    Object handWritten = Proxy.newProxyInstance(shop, new Class<?>[] {api},
        (proxy, method, args) -> method.getName().equals("merchantOrderNo") ? "X".repeat(40)
            : CompiledSpec.get(order, method.getName()));
    assertThatThrownBy(() -> CompiledSpec.invoke(immutable, null, "copyOf", handWritten))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).isEqualTo("MAX_LENGTH"));
  }

  @Test
  void listsAreUnmodifiableCopiesOfImmutableItems() {
    Object tea = Proxy.newProxyInstance(shop, new Class<?>[] {shop.type("Item")},
        (proxy, method, args) -> switch (method.getName()) {
          case "name" -> "Tea";
          case "quantity" -> 2;
          case "price" -> new BigDecimal("1.50");
          default -> throw new UnsupportedOperationException(method.getName());
        });
    List<Object> items = new java.util.ArrayList<>(List.of(tea));
    Object order = order().set("items", items).build();
    items.clear();
    List<?> kept = (List<?>) CompiledSpec.get(order, "items");
    assertThat(kept).singleElement().isEqualTo(item("Tea", 2, "1.50"));
    assertThatThrownBy(() -> kept.clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void writesWireNamesOmitsNullsAndEmbedsNestedModelsAsJsonText() throws Exception {
    String json = mapper.writeValueAsString(order().build());
    assertThat(json).isEqualTo("{\"merchant_order_no\":\"M-1001\",\"order_amount\":34.50,\"trans_type\":1,"
        + "\"attach\":\"card ending 4242\",\"items\":\"[{\\\"name\\\":\\\"Tea\\\",\\\"quantity\\\":2,"
        + "\\\"price\\\":1.50}]\"}");
  }

  @Test
  void readsBackThroughTheModelInterface() throws Exception {
    Object order = order().set("giftItem", item("Cup", 1, "0")).set("description", "tea").build();
    String json = mapper.writeValueAsString(order);
    Object read = mapper.readValue(json, shop.type("CreateOrder"));
    assertThat(read).isEqualTo(order).isInstanceOf(shop.type("ImmutableCreateOrder"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void readingIgnoresUnknownMembersAcceptsPlainNestedJsonAndMapsUnknownCodes() throws Exception {
    String json = "{\"merchant_order_no\":\"M-1\",\"order_amount\":\"1.00\",\"trans_type\":99,\"new_field\":{\"a\":1},"
        + "\"items\":[{\"name\":\"Tea\",\"quantity\":2,\"price\":1.50,\"sku\":\"x\"}]}";
    Object read = mapper.readValue(json, shop.type("CreateOrder"));
    assertThat(CompiledSpec.get(read, "transType")).isEqualTo(shop.constant("TransType", "UNKNOWN"));
    assertThat((List<Object>) CompiledSpec.get(read, "items")).containsExactly(item("Tea", 2, "1.50"));
    assertThat(CompiledSpec.get(read, "note")).isNull();
  }

  @Test
  void readingChecksTheRulesToo() {
    String json = "{\"merchant_order_no\":\"M-1\",\"trans_type\":1,\"items\":\"[]\"}";
    assertThatThrownBy(() -> mapper.readValue(json, shop.type("CreateOrder")))
        .hasRootCauseInstanceOf(ValidationException.class)
        .rootCause().hasMessageContaining("orderAmount");
  }

  @Test
  void everyPropertyKindRoundTrips() throws Exception {
    Object status = status().set("tipAmount", new BigDecimal("0.10")).set("settledAt", Instant.ofEpochSecond(86400))
        .set("origTransType", shop.constant("TransType", "REFUND")).build();
    String json = mapper.writeValueAsString(status);
    Map<?, ?> members = mapper.readValue(json, Map.class);
    assertThat(members.get("trans_end_time")).isEqualTo("2026-01-02 03:04:05");
    assertThat(members.get("settlement_date")).isEqualTo("2026-01-03");
    assertThat(members.get("settled_at")).isEqualTo("1970-01-02 00:00:00");
    assertThat(members.get("orig_trans_type")).isEqualTo(3);
    assertThat(mapper.readValue(json, shop.type("OrderStatus"))).isEqualTo(status);
  }

  private CompiledSpec.Builder status() {
    return shop.builder("OrderStatus")
        .set("transNo", "T1").set("transType", shop.constant("TransType", "SALE")).set("transStatus", 2)
        .set("tipped", true).set("cardType", (byte) 1).set("receiptPrintMode", (short) 3).set("sequence", 7L)
        .set("rate", 0.5f).set("exchangeRate", 1.25d).set("retries", 0).set("batchNo", 9L).set("settled", false)
        .set("channel", (byte) 2).set("region", (short) 4).set("fee", 0.25f).set("discount", 0.75d)
        .set("points", BigInteger.TEN).set("transEndTime", LocalDateTime.of(2026, 1, 2, 3, 4, 5))
        .set("settlementDate", LocalDate.of(2026, 1, 3));
  }
}
