package edges;

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
 * Default and static methods are not properties, and a default method overriding a parent's accessor hides it.
 *
 * <p>An immutable {@link Refund} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(Refund)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutableRefund.Builder.class
)
public final class ImmutableRefund implements Refund {
  private static final String MODEL = "Refund";

  @JsonProperty("amount")
  private final BigDecimal amount;

  @JsonProperty("key")
  private final String key;

  private ImmutableRefund(Builder builder) {
    this.amount = builder.amount;
    this.key = Rules.checkText(MODEL, "key", builder.key);
  }

  @Override
  public BigDecimal amount() {
    return amount;
  }

  @Override
  public String key() {
    return key;
  }

  /**
   * Returns a new builder with every property unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code instance} itself when it already is an {@code ImmutableRefund}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutableRefund copyOf(Refund instance) {
    if (instance instanceof ImmutableRefund) {
      return (ImmutableRefund) instance;
    }
    return builder()
        .amount(instance.amount())
        .key(instance.key())
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
    if (!(other instanceof ImmutableRefund)) {
      return false;
    }
    ImmutableRefund that = (ImmutableRefund) other;
    return Objects.equals(amount, that.amount)
        && Objects.equals(key, that.key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, key);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "Refund{"
        + "amount=" + amount
        + ", key=" + key
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutableRefund}; {@link #build()} checks them all. Jackson uses it
   * too when reading JSON. Not thread-safe.
   */
  @JsonPOJOBuilder(
      withPrefix = ""
  )
  @JsonIgnoreProperties(
      ignoreUnknown = true
  )
  public static final class Builder {
    private BigDecimal amount;

    private String key;

    private Builder() {
    }

    /**
     * Sets {@link Refund#amount() amount}, sent as {@code amount}.
     * Required.
     */
    @JsonProperty("amount")
    public Builder amount(BigDecimal amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Sets {@link Refund#key() key}, sent as {@code key}.
     * Required, and not empty.
     */
    @JsonProperty("key")
    public Builder key(String key) {
      this.key = key;
      return this;
    }

    /**
     * Checks every property and returns the model.
     *
     * @throws ValidationException naming every required property that is missing, or else the first property
     *     that breaks a rule
     */
    public ImmutableRefund build() {
      List<String> missing = new ArrayList<>();
      if (amount == null) {
        missing.add("amount");
      }
      if (key == null || key.isEmpty()) {
        missing.add("key");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutableRefund(this);
    }
  }
}
