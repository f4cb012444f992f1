package shop;

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
 * An immutable {@link RevokeOrder} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(RevokeOrder)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutableRevokeOrder.Builder.class
)
public final class ImmutableRevokeOrder implements RevokeOrder {
  private static final String MODEL = "RevokeOrder";

  @JsonProperty("merchant_order_no")
  private final String merchantOrderNo;

  private ImmutableRevokeOrder(Builder builder) {
    this.merchantOrderNo = Rules.checkText(MODEL, "merchantOrderNo", builder.merchantOrderNo);
  }

  @Override
  public String merchantOrderNo() {
    return merchantOrderNo;
  }

  /**
   * Returns a new builder with every property unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code instance} itself when it already is an {@code ImmutableRevokeOrder}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutableRevokeOrder copyOf(RevokeOrder instance) {
    if (instance instanceof ImmutableRevokeOrder) {
      return (ImmutableRevokeOrder) instance;
    }
    return builder()
        .merchantOrderNo(instance.merchantOrderNo())
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
    if (!(other instanceof ImmutableRevokeOrder)) {
      return false;
    }
    ImmutableRevokeOrder that = (ImmutableRevokeOrder) other;
    return Objects.equals(merchantOrderNo, that.merchantOrderNo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(merchantOrderNo);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "RevokeOrder{"
        + "merchantOrderNo=" + merchantOrderNo
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutableRevokeOrder}; {@link #build()} checks them all. Jackson uses it
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

    private Builder() {
    }

    /**
     * Sets {@link RevokeOrder#merchantOrderNo() merchantOrderNo}, sent as {@code merchant_order_no}.
     * Required, and not empty.
     */
    @JsonProperty("merchant_order_no")
    public Builder merchantOrderNo(String merchantOrderNo) {
      this.merchantOrderNo = merchantOrderNo;
      return this;
    }

    /**
     * Checks every property and returns the model.
     *
     * @throws ValidationException naming every required property that is missing, or else the first property
     *     that breaks a rule
     */
    public ImmutableRevokeOrder build() {
      List<String> missing = new ArrayList<>();
      if (merchantOrderNo == null || merchantOrderNo.isEmpty()) {
        missing.add("merchantOrderNo");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutableRevokeOrder(this);
    }
  }
}
