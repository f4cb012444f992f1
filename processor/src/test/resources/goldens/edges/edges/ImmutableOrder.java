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
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.codepaygen.annotations.CodePayGenerated;
import org.codepaygen.runtime.error.ValidationException;
import org.codepaygen.runtime.rules.Rules;

/**
 * JavaBeans accessors: since every accessor has a get or is prefix, the prefixes are dropped.
 *
 * <p>An immutable {@link Order} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(Order)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutableOrder.Builder.class
)
public final class ImmutableOrder implements Order {
  private static final String MODEL = "Order";

  @JsonProperty("merchant_order_no")
  private final String merchantOrderNo;

  @JsonProperty("order_amount")
  private final BigDecimal orderAmount;

  @JsonProperty("order_id")
  private final String orderID;

  @JsonProperty("paid")
  private final boolean paid;

  @JsonProperty("settled")
  private final Boolean settled;

  @JsonProperty("description")
  private final String description;

  @JsonProperty("attach")
  private final String note;

  private ImmutableOrder(Builder builder) {
    this.merchantOrderNo = Rules.checkText(MODEL, "merchantOrderNo", builder.merchantOrderNo, 32);
    this.orderAmount = builder.orderAmount;
    this.orderID = Rules.checkText(MODEL, "orderID", builder.orderID);
    this.paid = builder.paid;
    this.settled = builder.settled;
    this.description = Rules.checkText(MODEL, "description", builder.description);
    this.note = Rules.checkText(MODEL, "note", builder.note);
  }

  /**
   * The merchant's own order number.
   */
  @Override
  public String getMerchantOrderNo() {
    return merchantOrderNo;
  }

  @Override
  public BigDecimal getOrderAmount() {
    return orderAmount;
  }

  @Override
  public String getOrderID() {
    return orderID;
  }

  @Override
  public boolean isPaid() {
    return paid;
  }

  @Override
  public Boolean isSettled() {
    return settled;
  }

  @Override
  public Optional<String> getDescription() {
    return Optional.ofNullable(description);
  }

  @Override
  public Optional<String> getNote() {
    return Optional.ofNullable(note);
  }

  /**
   * Returns a new builder with every property unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code instance} itself when it already is an {@code ImmutableOrder}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutableOrder copyOf(Order instance) {
    if (instance instanceof ImmutableOrder) {
      return (ImmutableOrder) instance;
    }
    return builder()
        .merchantOrderNo(instance.getMerchantOrderNo())
        .orderAmount(instance.getOrderAmount())
        .orderID(instance.getOrderID())
        .paid(instance.isPaid())
        .settled(instance.isSettled())
        .description(instance.getDescription().orElse(null))
        .note(instance.getNote().orElse(null))
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
    if (!(other instanceof ImmutableOrder)) {
      return false;
    }
    ImmutableOrder that = (ImmutableOrder) other;
    return Objects.equals(merchantOrderNo, that.merchantOrderNo)
        && Objects.equals(orderAmount, that.orderAmount)
        && Objects.equals(orderID, that.orderID)
        && paid == that.paid
        && Objects.equals(settled, that.settled)
        && Objects.equals(description, that.description)
        && Objects.equals(note, that.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        merchantOrderNo,
        orderAmount,
        orderID,
        paid,
        settled,
        description,
        note);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "Order{"
        + "merchantOrderNo=" + merchantOrderNo
        + ", orderAmount=" + orderAmount
        + ", orderID=" + orderID
        + ", paid=" + paid
        + ", settled=" + settled
        + ", description=" + description
        + ", note=" + note
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutableOrder}; {@link #build()} checks them all. Jackson uses it
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

    private String orderID;

    private Boolean paid;

    private Boolean settled;

    private String description;

    private String note;

    private Builder() {
    }

    /**
     * Sets {@link Order#getMerchantOrderNo() merchantOrderNo}, sent as {@code merchant_order_no}.
     * Required, and not empty; at most 32 characters.
     */
    @JsonProperty("merchant_order_no")
    public Builder merchantOrderNo(String merchantOrderNo) {
      this.merchantOrderNo = merchantOrderNo;
      return this;
    }

    /**
     * Sets {@link Order#getOrderAmount() orderAmount}, sent as {@code order_amount}.
     * Required.
     */
    @JsonProperty("order_amount")
    public Builder orderAmount(BigDecimal orderAmount) {
      this.orderAmount = orderAmount;
      return this;
    }

    /**
     * Sets {@link Order#getOrderID() orderID}, sent as {@code order_id}.
     * Required, and not empty.
     */
    @JsonProperty("order_id")
    public Builder orderID(String orderID) {
      this.orderID = orderID;
      return this;
    }

    /**
     * Sets {@link Order#isPaid() paid}, sent as {@code paid}.
     * Required.
     */
    @JsonProperty("paid")
    public Builder paid(Boolean paid) {
      this.paid = paid;
      return this;
    }

    /**
     * Sets {@link Order#isSettled() settled}, sent as {@code settled}.
     * Required.
     */
    @JsonProperty("settled")
    public Builder settled(Boolean settled) {
      this.settled = settled;
      return this;
    }

    /**
     * Sets {@link Order#getDescription() description}, sent as {@code description}.
     * Optional: {@code null} leaves it out.
     */
    @JsonProperty("description")
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@link Order#getNote() note}, sent as {@code attach}.
     * Optional: {@code null} leaves it out.
     */
    @JsonProperty("attach")
    public Builder note(String note) {
      this.note = note;
      return this;
    }

    /**
     * Checks every property and returns the model.
     *
     * @throws ValidationException naming every required property that is missing, or else the first property
     *     that breaks a rule
     */
    public ImmutableOrder build() {
      List<String> missing = new ArrayList<>();
      if (merchantOrderNo == null || merchantOrderNo.isEmpty()) {
        missing.add("merchantOrderNo");
      }
      if (orderAmount == null) {
        missing.add("orderAmount");
      }
      if (orderID == null || orderID.isEmpty()) {
        missing.add("orderID");
      }
      if (paid == null) {
        missing.add("paid");
      }
      if (settled == null) {
        missing.add("settled");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutableOrder(this);
    }
  }
}
