package edges;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.codepaygen.annotations.CodePayGenerated;
import org.codepaygen.runtime.error.ValidationException;
import org.codepaygen.runtime.rules.Rules;

/**
 * An immutable {@link Holder.Line} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(Holder.Line)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutableHolder_Line.Builder.class
)
public final class ImmutableHolder_Line implements Holder.Line {
  private static final String MODEL = "Line";

  @JsonProperty("sku")
  private final String sku;

  @JsonProperty("quantity")
  private final int quantity;

  private ImmutableHolder_Line(Builder builder) {
    this.sku = Rules.checkText(MODEL, "sku", builder.sku);
    this.quantity = builder.quantity;
  }

  @Override
  public String sku() {
    return sku;
  }

  @Override
  public int quantity() {
    return quantity;
  }

  /**
   * Returns a new builder with every property unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code instance} itself when it already is an {@code ImmutableHolder_Line}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutableHolder_Line copyOf(Holder.Line instance) {
    if (instance instanceof ImmutableHolder_Line) {
      return (ImmutableHolder_Line) instance;
    }
    return builder()
        .sku(instance.sku())
        .quantity(instance.quantity())
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
    if (!(other instanceof ImmutableHolder_Line)) {
      return false;
    }
    ImmutableHolder_Line that = (ImmutableHolder_Line) other;
    return Objects.equals(sku, that.sku)
        && quantity == that.quantity;
  }

  @Override
  public int hashCode() {
    return Objects.hash(sku, quantity);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "Line{"
        + "sku=" + sku
        + ", quantity=" + quantity
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutableHolder_Line}; {@link #build()} checks them all. Jackson uses it
   * too when reading JSON. Not thread-safe.
   */
  @JsonPOJOBuilder(
      withPrefix = ""
  )
  @JsonIgnoreProperties(
      ignoreUnknown = true
  )
  public static final class Builder {
    private String sku;

    private Integer quantity;

    private Builder() {
    }

    /**
     * Sets {@link Holder.Line#sku() sku}, sent as {@code sku}.
     * Required, and not empty.
     */
    @JsonProperty("sku")
    public Builder sku(String sku) {
      this.sku = sku;
      return this;
    }

    /**
     * Sets {@link Holder.Line#quantity() quantity}, sent as {@code quantity}.
     * Required.
     */
    @JsonProperty("quantity")
    public Builder quantity(Integer quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * Checks every property and returns the model.
     *
     * @throws ValidationException naming every required property that is missing, or else the first property
     *     that breaks a rule
     */
    public ImmutableHolder_Line build() {
      List<String> missing = new ArrayList<>();
      if (sku == null || sku.isEmpty()) {
        missing.add("sku");
      }
      if (quantity == null) {
        missing.add("quantity");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutableHolder_Line(this);
    }
  }
}
