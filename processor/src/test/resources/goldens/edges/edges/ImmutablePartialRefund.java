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
 * A model extending a model: its own accessors first, then the inherited ones.
 *
 * <p>An immutable {@link PartialRefund} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(PartialRefund)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutablePartialRefund.Builder.class
)
public final class ImmutablePartialRefund implements PartialRefund {
  private static final String MODEL = "PartialRefund";

  @JsonProperty("reason")
  private final String reason;

  @JsonProperty("amount")
  private final BigDecimal amount;

  @JsonProperty("key")
  private final String key;

  private ImmutablePartialRefund(Builder builder) {
    this.reason = Rules.checkText(MODEL, "reason", builder.reason, 64);
    this.amount = builder.amount;
    this.key = Rules.checkText(MODEL, "key", builder.key);
  }

  @Override
  public String reason() {
    return reason;
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
   * Returns {@code instance} itself when it already is an {@code ImmutablePartialRefund}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutablePartialRefund copyOf(PartialRefund instance) {
    if (instance instanceof ImmutablePartialRefund) {
      return (ImmutablePartialRefund) instance;
    }
    return builder()
        .reason(instance.reason())
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
    if (!(other instanceof ImmutablePartialRefund)) {
      return false;
    }
    ImmutablePartialRefund that = (ImmutablePartialRefund) other;
    return Objects.equals(reason, that.reason)
        && Objects.equals(amount, that.amount)
        && Objects.equals(key, that.key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reason, amount, key);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "PartialRefund{"
        + "reason=" + reason
        + ", amount=" + amount
        + ", key=" + key
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutablePartialRefund}; {@link #build()} checks them all. Jackson uses it
   * too when reading JSON. Not thread-safe.
   */
  @JsonPOJOBuilder(
      withPrefix = ""
  )
  @JsonIgnoreProperties(
      ignoreUnknown = true
  )
  public static final class Builder {
    private String reason;

    private BigDecimal amount;

    private String key;

    private Builder() {
    }

    /**
     * Sets {@link PartialRefund#reason() reason}, sent as {@code reason}.
     * Required, and not empty; at most 64 characters.
     */
    @JsonProperty("reason")
    public Builder reason(String reason) {
      this.reason = reason;
      return this;
    }

    /**
     * Sets {@link PartialRefund#amount() amount}, sent as {@code amount}.
     * Required.
     */
    @JsonProperty("amount")
    public Builder amount(BigDecimal amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Sets {@link PartialRefund#key() key}, sent as {@code key}.
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
    public ImmutablePartialRefund build() {
      List<String> missing = new ArrayList<>();
      if (reason == null || reason.isEmpty()) {
        missing.add("reason");
      }
      if (amount == null) {
        missing.add("amount");
      }
      if (key == null || key.isEmpty()) {
        missing.add("key");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutablePartialRefund(this);
    }
  }
}
