package org.codepaygen.api.online;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.codepaygen.runtime.json.CodePayJson;

/**
 * What a hosted checkout page shows and allows ({@code order_detail}): the items bought, the regions goods may be
 * shipped to and billed in, and the payment options offered. {@link #toJson()} gives the JSON-encoded string that
 * {@link HostedCheckout#orderDetail()} carries:
 *
 * <pre>{@code
 * {"type":"GENERAL","data":{"items":[{"code":…,"quantity":…,"unit_price":…,"amount":…,"name":…,"image":…}],
 *  "shipping":{"allow_regions":[…]},"billing":{"allow_regions":[…]},
 *  "payment":{"allow_options":["Card",…],"disallow_options":[…]}}}
 * }</pre>
 *
 * <p>Written by hand rather than generated: its payment options are a list of {@link PaymentOption} codes, a shape the
 * processor does not generate (lists hold texts, numbers or models), and an item's quantity must be at least 1.
 */
public final class OrderDetail {
  private final String type;
  private final List<Item> items;
  private final List<String> shippingRegions;
  private final List<String> billingRegions;
  private final List<PaymentOption> allowed;
  private final List<PaymentOption> disallowed;

  private OrderDetail(Builder builder) {
    this.type = builder.type;
    this.items = List.copyOf(builder.items);
    this.shippingRegions = List.copyOf(builder.shippingRegions);
    this.billingRegions = List.copyOf(builder.billingRegions);
    this.allowed = List.copyOf(builder.allowed);
    this.disallowed = List.copyOf(builder.disallowed);
  }

  /** An order detail of type {@code GENERAL}, the one CodePay documents. */
  public static Builder general() {
    return new Builder("GENERAL");
  }

  /** One line of the order. {@code image} (a URL) may be null. */
  public record Item(String code, int quantity, BigDecimal unitPrice, BigDecimal amount, String name, String image) {
    public Item {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(unitPrice, "unitPrice");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(name, "name");
      if (quantity < 1) {
        throw new IllegalArgumentException("An item's quantity must be at least 1, not " + quantity);
      }
    }
  }

  /** The compact JSON text, members in a fixed order. */
  public String toJson() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode data = nodes.objectNode();
    ArrayNode itemNodes = data.putArray("items");
    for (Item item : items) {
      ObjectNode node = itemNodes.addObject()
          .put("code", item.code())
          .put("quantity", item.quantity())
          .put("unit_price", item.unitPrice())
          .put("amount", item.amount())
          .put("name", item.name());
      if (item.image() != null) {
        node.put("image", item.image());
      }
    }
    if (!shippingRegions.isEmpty()) {
      shippingRegions.forEach(data.putObject("shipping").putArray("allow_regions")::add);
    }
    if (!billingRegions.isEmpty()) {
      billingRegions.forEach(data.putObject("billing").putArray("allow_regions")::add);
    }
    if (!allowed.isEmpty() || !disallowed.isEmpty()) {
      ObjectNode payment = data.putObject("payment");
      if (!allowed.isEmpty()) {
        allowed.forEach(option -> payment.withArray("allow_options").add(option.wireName()));
      }
      if (!disallowed.isEmpty()) {
        disallowed.forEach(option -> payment.withArray("disallow_options").add(option.wireName()));
      }
    }
    ObjectNode root = nodes.objectNode().put("type", type);
    root.set("data", data);
    try {
      return CodePayJson.mapper().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree could not be written", e);
    }
  }

  /** Collects an order detail; every list keeps the order of the calls. */
  public static final class Builder {
    private final String type;
    private final List<Item> items = new ArrayList<>();
    private final List<String> shippingRegions = new ArrayList<>();
    private final List<String> billingRegions = new ArrayList<>();
    private final List<PaymentOption> allowed = new ArrayList<>();
    private final List<PaymentOption> disallowed = new ArrayList<>();

    private Builder(String type) {
      this.type = type;
    }

    public Builder item(Item item) {
      items.add(Objects.requireNonNull(item, "item"));
      return this;
    }

    /** Regions (such as ISO 3166 codes, {@code US}) goods may be shipped to. */
    public Builder shipTo(String... regions) {
      shippingRegions.addAll(List.of(regions));
      return this;
    }

    /** Regions the billing address may be in. */
    public Builder billIn(String... regions) {
      billingRegions.addAll(List.of(regions));
      return this;
    }

    public Builder allow(PaymentOption... options) {
      allowed.addAll(List.of(options));
      return this;
    }

    public Builder disallow(PaymentOption... options) {
      disallowed.addAll(List.of(options));
      return this;
    }

    public OrderDetail build() {
      return new OrderDetail(this);
    }
  }
}
