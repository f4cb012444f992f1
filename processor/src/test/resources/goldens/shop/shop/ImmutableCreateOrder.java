package shop;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;
import org.codepaygen.annotations.CodePayGenerated;
import org.codepaygen.runtime.error.ValidationException;
import org.codepaygen.runtime.json.EmbeddedJson;
import org.codepaygen.runtime.rules.Rules;

/**
 * An order to push to a payment terminal.
 *
 * <p>An immutable {@link CreateOrder} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(CreateOrder)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutableCreateOrder.Builder.class
)
public final class ImmutableCreateOrder implements CreateOrder {
  private static final String MODEL = "CreateOrder";

  private static final Pattern MERCHANT_ORDER_NO_PATTERN = Pattern.compile("[0-9A-Za-z_\\-|*@]+");

  @JsonProperty("merchant_order_no")
  private final String merchantOrderNo;

  @JsonProperty("order_amount")
  private final BigDecimal orderAmount;

  @JsonProperty("trans_type")
  private final TransType transType;

  @JsonProperty("description")
  private final String description;

  @JsonProperty("attach")
  private final String note;

  @JsonProperty("items")
  @EmbeddedJson
  private final List<Item> items;

  @JsonProperty("gift_item")
  @EmbeddedJson
  private final Item giftItem;

  private ImmutableCreateOrder(Builder builder) {
    this.merchantOrderNo = Rules.checkText(MODEL, "merchantOrderNo", builder.merchantOrderNo, 32,
        MERCHANT_ORDER_NO_PATTERN);
    this.orderAmount = builder.orderAmount;
    this.transType = builder.transType;
    this.description = Rules.checkText(MODEL, "description", builder.description);
    this.note = Rules.checkText(MODEL, "note", builder.note);
    this.items = builder.items;
    this.giftItem = builder.giftItem;
  }

  /**
   * The merchant's own order number, unique per merchant.
   */
  @Override
  public String merchantOrderNo() {
    return merchantOrderNo;
  }

  @Override
  public BigDecimal orderAmount() {
    return orderAmount;
  }

  @Override
  public TransType transType() {
    return transType;
  }

  @Override
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  @Override
  public String note() {
    return note;
  }

  @Override
  public List<Item> items() {
    return items;
  }

  @Override
  public Optional<Item> giftItem() {
    return Optional.ofNullable(giftItem);
  }

  /**
   * Returns a new builder with every property unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code instance} itself when it already is an {@code ImmutableCreateOrder}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutableCreateOrder copyOf(CreateOrder instance) {
    if (instance instanceof ImmutableCreateOrder) {
      return (ImmutableCreateOrder) instance;
    }
    return builder()
        .merchantOrderNo(instance.merchantOrderNo())
        .orderAmount(instance.orderAmount())
        .transType(instance.transType())
        .description(instance.description().orElse(null))
        .note(instance.note())
        .items(instance.items())
        .giftItem(instance.giftItem().orElse(null))
        .build();
  }

  /**
   * Two instances are equal when all their properties are.
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ImmutableCreateOrder)) {
      return false;
    }
    ImmutableCreateOrder that = (ImmutableCreateOrder) other;
    return Objects.equals(merchantOrderNo, that.merchantOrderNo)
        && Objects.equals(orderAmount, that.orderAmount)
        && Objects.equals(transType, that.transType)
        && Objects.equals(description, that.description)
        && Objects.equals(note, that.note)
        && Objects.equals(items, that.items)
        && Objects.equals(giftItem, that.giftItem);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        merchantOrderNo,
        orderAmount,
        transType,
        description,
        note,
        items,
        giftItem);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "CreateOrder{"
        + "merchantOrderNo=" + merchantOrderNo
        + ", orderAmount=" + orderAmount
        + ", transType=" + transType
        + ", description=" + description
        + ", note=****"
        + ", items=" + items
        + ", giftItem=" + giftItem
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutableCreateOrder}; {@link #build()} checks them all. Jackson uses it
   * too when reading JSON. Not thread-safe.
   */
  @JsonPOJOBuilder(
      withPrefix = ""
  )
  @JsonIgnoreProperties(
      ignoreUnknown = true
  )
  public static final class Builder {
    private String merchantOrderNo;

    private BigDecimal orderAmount;

    private TransType transType;

    private String description;

    private String note;

    private List<Item> items;

    private Item giftItem;

    private Builder() {
    }

    /**
     * Sets {@link CreateOrder#merchantOrderNo() merchantOrderNo}, sent as {@code merchant_order_no}.
     * Required, and not empty; at most 32 characters; matching its {@code @Pattern}.
     */
    @JsonProperty("merchant_order_no")
    public Builder merchantOrderNo(String merchantOrderNo) {
      this.merchantOrderNo = merchantOrderNo;
      return this;
    }

    /**
     * Sets {@link CreateOrder#orderAmount() orderAmount}, sent as {@code order_amount}.
     * Required.
     */
    @JsonProperty("order_amount")
    public Builder orderAmount(BigDecimal orderAmount) {
      this.orderAmount = orderAmount;
      return this;
    }

    /**
     * Sets {@link CreateOrder#transType() transType}, sent as {@code trans_type}.
     * Required.
     */
    @JsonProperty("trans_type")
    public Builder transType(TransType transType) {
      this.transType = transType;
      return this;
    }

    /**
     * Sets {@link CreateOrder#description() description}, sent as {@code description}.
     * Optional: {@code null} leaves it out.
     */
    @JsonProperty("description")
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@link CreateOrder#note() note}, sent as {@code attach}.
     * Optional: {@code null} leaves it out.
     */
    @JsonProperty("attach")
    public Builder note(String note) {
      this.note = note;
      return this;
    }

    /**
     * Sets {@link CreateOrder#items() items}, sent as {@code items}.
     * Required.
     * Each item is copied with {@link ImmutableItem#copyOf}.
     */
    @JsonProperty("items")
    @EmbeddedJson
    public Builder items(List<Item> items) {
      this.items = items == null ? null : items.stream().<Item>map(ImmutableItem::copyOf).toList();
      return this;
    }

    /**
     * Sets {@link CreateOrder#giftItem() giftItem}, sent as {@code gift_item}.
     * Optional: {@code null} leaves it out.
     * The value is copied with {@link ImmutableItem#copyOf}.
     */
    @JsonProperty("gift_item")
    @EmbeddedJson
    public Builder giftItem(Item giftItem) {
      this.giftItem = giftItem == null ? null : ImmutableItem.copyOf(giftItem);
      return this;
    }

    /**
     * Checks every property and returns the model.
     *
     * @throws ValidationException naming every required property that is missing, or else the first property
     *     that breaks a rule
     */
    public ImmutableCreateOrder build() {
      List<String> missing = new ArrayList<>();
      if (merchantOrderNo == null || merchantOrderNo.isEmpty()) {
        missing.add("merchantOrderNo");
      }
      if (orderAmount == null) {
        missing.add("orderAmount");
      }
      if (transType == null) {
        missing.add("transType");
      }
      if (items == null) {
        missing.add("items");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutableCreateOrder(this);
    }
  }
}
