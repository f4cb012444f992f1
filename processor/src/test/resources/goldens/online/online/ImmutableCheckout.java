package online;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.codepaygen.annotations.CodePayGenerated;
import org.codepaygen.runtime.error.ValidationException;
import org.codepaygen.runtime.json.EmbeddedJson;
import org.codepaygen.runtime.rules.Rules;

/**
 * A hosted checkout page (pay.checkout).
 *
 * <p>An immutable {@link Checkout} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(Checkout)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutableCheckout.Builder.class
)
public final class ImmutableCheckout implements Checkout {
  private static final String MODEL = "Checkout";

  @JsonProperty("merchant_order_no")
  private final String merchantOrderNo;

  @JsonProperty("price_currency")
  private final String priceCurrency;

  @JsonProperty("order_amount")
  private final BigDecimal orderAmount;

  @JsonProperty("description")
  private final String description;

  @JsonProperty("ext_params")
  @EmbeddedJson
  private final Map<String, String> extParams;

  @JsonProperty("order_detail")
  @EmbeddedJson
  private final OrderDetail orderDetail;

  private ImmutableCheckout(Builder builder) {
    this.merchantOrderNo = Rules.checkText(MODEL, "merchantOrderNo", builder.merchantOrderNo, 32);
    this.priceCurrency = Rules.checkText(MODEL, "priceCurrency", builder.priceCurrency);
    this.orderAmount = builder.orderAmount;
    this.description = Rules.checkText(MODEL, "description", builder.description);
    this.extParams = Rules.checkTextMap(MODEL, "extParams", builder.extParams);
    this.orderDetail = builder.orderDetail;
  }

  @Override
  public String merchantOrderNo() {
    return merchantOrderNo;
  }

  @Override
  public String priceCurrency() {
    return priceCurrency;
  }

  @Override
  public BigDecimal orderAmount() {
    return orderAmount;
  }

  @Override
  public String description() {
    return description;
  }

  /**
   * Free key-value pairs, sent as a JSON-encoded string.
   */
  @Override
  public Optional<Map<String, String>> extParams() {
    return Optional.ofNullable(extParams);
  }

  /**
   * The goods and the allowed regions, sent as a JSON-encoded string.
   */
  @Override
  public Optional<OrderDetail> orderDetail() {
    return Optional.ofNullable(orderDetail);
  }

  /**
   * Returns a new builder with every property unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code instance} itself when it already is an {@code ImmutableCheckout}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutableCheckout copyOf(Checkout instance) {
    if (instance instanceof ImmutableCheckout) {
      return (ImmutableCheckout) instance;
    }
    return builder()
        .merchantOrderNo(instance.merchantOrderNo())
        .priceCurrency(instance.priceCurrency())
        .orderAmount(instance.orderAmount())
        .description(instance.description())
        .extParams(instance.extParams().orElse(null))
        .orderDetail(instance.orderDetail().orElse(null))
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
    if (!(other instanceof ImmutableCheckout)) {
      return false;
    }
    ImmutableCheckout that = (ImmutableCheckout) other;
    return Objects.equals(merchantOrderNo, that.merchantOrderNo)
        && Objects.equals(priceCurrency, that.priceCurrency)
        && Objects.equals(orderAmount, that.orderAmount)
        && Objects.equals(description, that.description)
        && Objects.equals(extParams, that.extParams)
        && Objects.equals(orderDetail, that.orderDetail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        merchantOrderNo,
        priceCurrency,
        orderAmount,
        description,
        extParams,
        orderDetail);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "Checkout{"
        + "merchantOrderNo=" + merchantOrderNo
        + ", priceCurrency=" + priceCurrency
        + ", orderAmount=" + orderAmount
        + ", description=" + description
        + ", extParams=" + extParams
        + ", orderDetail=" + orderDetail
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutableCheckout}; {@link #build()} checks them all. Jackson uses it
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

    private String priceCurrency;

    private BigDecimal orderAmount;

    private String description;

    private Map<String, String> extParams;

    private OrderDetail orderDetail;

    private Builder() {
    }

    /**
     * Sets {@link Checkout#merchantOrderNo() merchantOrderNo}, sent as {@code merchant_order_no}.
     * Required, and not empty; at most 32 characters.
     */
    @JsonProperty("merchant_order_no")
    public Builder merchantOrderNo(String merchantOrderNo) {
      this.merchantOrderNo = merchantOrderNo;
      return this;
    }

    /**
     * Sets {@link Checkout#priceCurrency() priceCurrency}, sent as {@code price_currency}.
     * Required, and not empty.
     */
    @JsonProperty("price_currency")
    public Builder priceCurrency(String priceCurrency) {
      this.priceCurrency = priceCurrency;
      return this;
    }

    /**
     * Sets {@link Checkout#orderAmount() orderAmount}, sent as {@code order_amount}.
     * Required.
     */
    @JsonProperty("order_amount")
    public Builder orderAmount(BigDecimal orderAmount) {
      this.orderAmount = orderAmount;
      return this;
    }

    /**
     * Sets {@link Checkout#description() description}, sent as {@code description}.
     * Required, and not empty.
     */
    @JsonProperty("description")
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@link Checkout#extParams() extParams}, sent as {@code ext_params}.
     * Optional: {@code null} leaves it out; no {@code null} item; copied.
     */
    @JsonProperty("ext_params")
    @EmbeddedJson
    public Builder extParams(Map<String, String> extParams) {
      this.extParams = extParams;
      return this;
    }

    /**
     * Sets {@link Checkout#orderDetail() orderDetail}, sent as {@code order_detail}.
     * Optional: {@code null} leaves it out.
     * The value is copied with {@link ImmutableOrderDetail#copyOf}.
     */
    @JsonProperty("order_detail")
    @EmbeddedJson
    public Builder orderDetail(OrderDetail orderDetail) {
      this.orderDetail = orderDetail == null ? null : ImmutableOrderDetail.copyOf(orderDetail);
      return this;
    }

    /**
     * Checks every property and returns the model.
     *
     * @throws ValidationException naming every required property that is missing, or else the first property
     *     that breaks a rule
     */
    public ImmutableCheckout build() {
      List<String> missing = new ArrayList<>();
      if (merchantOrderNo == null || merchantOrderNo.isEmpty()) {
        missing.add("merchantOrderNo");
      }
      if (priceCurrency == null || priceCurrency.isEmpty()) {
        missing.add("priceCurrency");
      }
      if (orderAmount == null) {
        missing.add("orderAmount");
      }
      if (description == null || description.isEmpty()) {
        missing.add("description");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutableCheckout(this);
    }
  }
}
