package online;

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
 * An immutable {@link OrderDetail.Item} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(OrderDetail.Item)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutableOrderDetail_Item.Builder.class
)
public final class ImmutableOrderDetail_Item implements OrderDetail.Item {
  private static final String MODEL = "Item";

  @JsonProperty("code")
  private final String code;

  @JsonProperty("quantity")
  private final int quantity;

  @JsonProperty("unit_price")
  private final BigDecimal unitPrice;

  @JsonProperty("name")
  private final String name;

  private ImmutableOrderDetail_Item(Builder builder) {
    this.code = Rules.checkText(MODEL, "code", builder.code);
    this.quantity = builder.quantity;
    this.unitPrice = builder.unitPrice;
    this.name = Rules.checkText(MODEL, "name", builder.name);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public int quantity() {
    return quantity;
  }

  @Override
  public BigDecimal unitPrice() {
    return unitPrice;
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * Returns a new builder with every property unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code instance} itself when it already is an {@code ImmutableOrderDetail_Item}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutableOrderDetail_Item copyOf(OrderDetail.Item instance) {
    if (instance instanceof ImmutableOrderDetail_Item) {
      return (ImmutableOrderDetail_Item) instance;
    }
    return builder()
        .code(instance.code())
        .quantity(instance.quantity())
        .unitPrice(instance.unitPrice())
        .name(instance.name())
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
    if (!(other instanceof ImmutableOrderDetail_Item)) {
      return false;
    }
    ImmutableOrderDetail_Item that = (ImmutableOrderDetail_Item) other;
    return Objects.equals(code, that.code)
        && quantity == that.quantity
        && Objects.equals(unitPrice, that.unitPrice)
        && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        code,
        quantity,
        unitPrice,
        name);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "Item{"
        + "code=" + code
        + ", quantity=" + quantity
        + ", unitPrice=" + unitPrice
        + ", name=" + name
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutableOrderDetail_Item}; {@link #build()} checks them all. Jackson uses it
   * too when reading JSON. Not thread-safe.
   */
  @JsonPOJOBuilder(
      withPrefix = ""
  )
  @JsonIgnoreProperties(
      ignoreUnknown = true
  )
  public static final class Builder {
    private String code;

    private Integer quantity;

    private BigDecimal unitPrice;

    private String name;

    private Builder() {
    }

    /**
     * Sets {@link OrderDetail.Item#code() code}, sent as {@code code}.
     * Required, and not empty.
     */
    @JsonProperty("code")
    public Builder code(String code) {
      this.code = code;
      return this;
    }

    /**
     * Sets {@link OrderDetail.Item#quantity() quantity}, sent as {@code quantity}.
     * Required.
     */
    @JsonProperty("quantity")
    public Builder quantity(Integer quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * Sets {@link OrderDetail.Item#unitPrice() unitPrice}, sent as {@code unit_price}.
     * Required.
     */
    @JsonProperty("unit_price")
    public Builder unitPrice(BigDecimal unitPrice) {
      this.unitPrice = unitPrice;
      return this;
    }

    /**
     * Sets {@link OrderDetail.Item#name() name}, sent as {@code name}.
     * Required, and not empty.
     */
    @JsonProperty("name")
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Checks every property and returns the model.
     *
     * @throws ValidationException naming every required property that is missing, or else the first property
     *     that breaks a rule
     */
    public ImmutableOrderDetail_Item build() {
      List<String> missing = new ArrayList<>();
      if (code == null || code.isEmpty()) {
        missing.add("code");
      }
      if (quantity == null) {
        missing.add("quantity");
      }
      if (unitPrice == null) {
        missing.add("unitPrice");
      }
      if (name == null || name.isEmpty()) {
        missing.add("name");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutableOrderDetail_Item(this);
    }
  }
}
