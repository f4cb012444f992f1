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
import javax.annotation.processing.Generated;
import org.codepaygen.annotations.CodePayGenerated;
import org.codepaygen.runtime.error.ValidationException;
import org.codepaygen.runtime.rules.Rules;

/**
 * One line of an order.
 *
 * <p>An immutable {@link Item} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(Item)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutableItem.Builder.class
)
public final class ImmutableItem implements Item {
  private static final String MODEL = "Item";

  @JsonProperty("name")
  private final String name;

  @JsonProperty("quantity")
  private final int quantity;

  @JsonProperty("price")
  private final BigDecimal price;

  private ImmutableItem(Builder builder) {
    this.name = Rules.checkText(MODEL, "name", builder.name, 64);
    this.quantity = builder.quantity;
    this.price = builder.price;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int quantity() {
    return quantity;
  }

  @Override
  public BigDecimal price() {
    return price;
  }

  /**
   * Returns a new builder with every property unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code instance} itself when it already is an {@code ImmutableItem}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutableItem copyOf(Item instance) {
    if (instance instanceof ImmutableItem) {
      return (ImmutableItem) instance;
    }
    return builder()
        .name(instance.name())
        .quantity(instance.quantity())
        .price(instance.price())
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
    if (!(other instanceof ImmutableItem)) {
      return false;
    }
    ImmutableItem that = (ImmutableItem) other;
    return Objects.equals(name, that.name)
        && quantity == that.quantity
        && Objects.equals(price, that.price);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, quantity, price);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "Item{"
        + "name=" + name
        + ", quantity=" + quantity
        + ", price=" + price
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutableItem}; {@link #build()} checks them all. Jackson uses it
   * too when reading JSON. Not thread-safe.
   */
  @JsonPOJOBuilder(
      withPrefix = ""
  )
  @JsonIgnoreProperties(
      ignoreUnknown = true
  )
  public static final class Builder {
    private String name;

    private Integer quantity;

    private BigDecimal price;

    private Builder() {
    }

    /**
     * Sets {@link Item#name() name}, sent as {@code name}.
     * Required, and not empty; at most 64 characters.
     */
    @JsonProperty("name")
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@link Item#quantity() quantity}, sent as {@code quantity}.
     * Required.
     */
    @JsonProperty("quantity")
    public Builder quantity(Integer quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * Sets {@link Item#price() price}, sent as {@code price}.
     * Required.
     */
    @JsonProperty("price")
    public Builder price(BigDecimal price) {
      this.price = price;
      return this;
    }

    /**
     * Checks every property and returns the model.
     *
     * @throws ValidationException naming every required property that is missing, or else the first property
     *     that breaks a rule
     */
    public ImmutableItem build() {
      List<String> missing = new ArrayList<>();
      if (name == null || name.isEmpty()) {
        missing.add("name");
      }
      if (quantity == null) {
        missing.add("quantity");
      }
      if (price == null) {
        missing.add("price");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutableItem(this);
    }
  }
}
