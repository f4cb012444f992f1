package online;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.codepaygen.annotations.CodePayGenerated;
import org.codepaygen.runtime.error.ValidationException;
import org.codepaygen.runtime.json.EmbeddedJson;
import org.codepaygen.runtime.rules.Rules;

/**
 * An immutable {@link OrderDetail.Data} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(OrderDetail.Data)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutableOrderDetail_Data.Builder.class
)
public final class ImmutableOrderDetail_Data implements OrderDetail.Data {
  private static final String MODEL = "Data";

  @JsonProperty("items")
  @EmbeddedJson
  private final List<OrderDetail.Item> items;

  @JsonProperty("shipping")
  @EmbeddedJson
  private final OrderDetail.Regions shipping;

  private ImmutableOrderDetail_Data(Builder builder) {
    this.items = builder.items;
    this.shipping = builder.shipping;
  }

  @Override
  public List<OrderDetail.Item> items() {
    return items;
  }

  @Override
  public Optional<OrderDetail.Regions> shipping() {
    return Optional.ofNullable(shipping);
  }

  /**
   * Returns a new builder with every property unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code instance} itself when it already is an {@code ImmutableOrderDetail_Data}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutableOrderDetail_Data copyOf(OrderDetail.Data instance) {
    if (instance instanceof ImmutableOrderDetail_Data) {
      return (ImmutableOrderDetail_Data) instance;
    }
    return builder()
        .items(instance.items())
        .shipping(instance.shipping().orElse(null))
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
    if (!(other instanceof ImmutableOrderDetail_Data)) {
      return false;
    }
    ImmutableOrderDetail_Data that = (ImmutableOrderDetail_Data) other;
    return Objects.equals(items, that.items)
        && Objects.equals(shipping, that.shipping);
  }

  @Override
  public int hashCode() {
    return Objects.hash(items, shipping);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "Data{"
        + "items=" + items
        + ", shipping=" + shipping
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutableOrderDetail_Data}; {@link #build()} checks them all. Jackson uses it
   * too when reading JSON. Not thread-safe.
   */
  @JsonPOJOBuilder(
      withPrefix = ""
  )
  @JsonIgnoreProperties(
      ignoreUnknown = true
  )
  public static final class Builder {
    private List<OrderDetail.Item> items;

    private OrderDetail.Regions shipping;

    private Builder() {
    }

    /**
     * Sets {@link OrderDetail.Data#items() items}, sent as {@code items}.
     * Required.
     * Each item is copied with {@link ImmutableOrderDetail_Item#copyOf}.
     */
    @JsonProperty("items")
    @EmbeddedJson
    public Builder items(List<OrderDetail.Item> items) {
      this.items = items == null ? null : items.stream().<OrderDetail.Item>map(ImmutableOrderDetail_Item::copyOf).toList();
      return this;
    }

    /**
     * Sets {@link OrderDetail.Data#shipping() shipping}, sent as {@code shipping}.
     * Optional: {@code null} leaves it out.
     * The value is copied with {@link ImmutableOrderDetail_Regions#copyOf}.
     */
    @JsonProperty("shipping")
    @EmbeddedJson
    public Builder shipping(OrderDetail.Regions shipping) {
      this.shipping = shipping == null ? null : ImmutableOrderDetail_Regions.copyOf(shipping);
      return this;
    }

    /**
     * Checks every property and returns the model.
     *
     * @throws ValidationException naming every required property that is missing, or else the first property
     *     that breaks a rule
     */
    public ImmutableOrderDetail_Data build() {
      List<String> missing = new ArrayList<>();
      if (items == null) {
        missing.add("items");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutableOrderDetail_Data(this);
    }
  }
}
