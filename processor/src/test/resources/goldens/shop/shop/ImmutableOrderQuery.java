package shop;

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
import org.codepaygen.runtime.rules.Rules;

/**
 * An immutable {@link OrderQuery} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(OrderQuery)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutableOrderQuery.Builder.class
)
public final class ImmutableOrderQuery implements OrderQuery {
  private static final String MODEL = "OrderQuery";

  @JsonProperty("merchant_order_no")
  private final String merchantOrderNo;

  @JsonProperty("trans_no")
  private final String transNo;

  private ImmutableOrderQuery(Builder builder) {
    this.merchantOrderNo = Rules.checkText(MODEL, "merchantOrderNo", builder.merchantOrderNo, 32);
    this.transNo = Rules.checkText(MODEL, "transNo", builder.transNo);
  }

  @Override
  public String merchantOrderNo() {
    return merchantOrderNo;
  }

  @Override
  public Optional<String> transNo() {
    return Optional.ofNullable(transNo);
  }

  /**
   * Returns a new builder with every property unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code instance} itself when it already is an {@code ImmutableOrderQuery}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutableOrderQuery copyOf(OrderQuery instance) {
    if (instance instanceof ImmutableOrderQuery) {
      return (ImmutableOrderQuery) instance;
    }
    return builder()
        .merchantOrderNo(instance.merchantOrderNo())
        .transNo(instance.transNo().orElse(null))
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
    if (!(other instanceof ImmutableOrderQuery)) {
      return false;
    }
    ImmutableOrderQuery that = (ImmutableOrderQuery) other;
    return Objects.equals(merchantOrderNo, that.merchantOrderNo)
        && Objects.equals(transNo, that.transNo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(merchantOrderNo, transNo);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "OrderQuery{"
        + "merchantOrderNo=" + merchantOrderNo
        + ", transNo=" + transNo
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutableOrderQuery}; {@link #build()} checks them all. Jackson uses it
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

    private String transNo;

    private Builder() {
    }

    /**
     * Sets {@link OrderQuery#merchantOrderNo() merchantOrderNo}, sent as {@code merchant_order_no}.
     * Required, and not empty; at most 32 characters.
     */
    @JsonProperty("merchant_order_no")
    public Builder merchantOrderNo(String merchantOrderNo) {
      this.merchantOrderNo = merchantOrderNo;
      return this;
    }

    /**
     * Sets {@link OrderQuery#transNo() transNo}, sent as {@code trans_no}.
     * Optional: {@code null} leaves it out.
     */
    @JsonProperty("trans_no")
    public Builder transNo(String transNo) {
      this.transNo = transNo;
      return this;
    }

    /**
     * Checks every property and returns the model.
     *
     * @throws ValidationException naming every required property that is missing, or else the first property
     *     that breaks a rule
     */
    public ImmutableOrderQuery build() {
      List<String> missing = new ArrayList<>();
      if (merchantOrderNo == null || merchantOrderNo.isEmpty()) {
        missing.add("merchantOrderNo");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutableOrderQuery(this);
    }
  }
}
