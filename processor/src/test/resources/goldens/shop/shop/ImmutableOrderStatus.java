package shop;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.codepaygen.annotations.CodePayGenerated;
import org.codepaygen.runtime.error.ValidationException;
import org.codepaygen.runtime.rules.Rules;

/**
 * What the gateway knows of a transaction.
 *
 * <p>An immutable {@link OrderStatus} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(OrderStatus)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutableOrderStatus.Builder.class
)
public final class ImmutableOrderStatus implements OrderStatus {
  private static final String MODEL = "OrderStatus";

  @JsonProperty("trans_no")
  private final String transNo;

  @JsonProperty("trans_type")
  private final TransType transType;

  @JsonProperty("trans_status")
  private final int transStatus;

  @JsonProperty("tipped")
  private final boolean tipped;

  @JsonProperty("card_type")
  private final byte cardType;

  @JsonProperty("receipt_print_mode")
  private final short receiptPrintMode;

  @JsonProperty("sequence")
  private final long sequence;

  @JsonProperty("rate")
  private final float rate;

  @JsonProperty("exchange_rate")
  private final double exchangeRate;

  @JsonProperty("retries")
  private final Integer retries;

  @JsonProperty("batch_no")
  private final Long batchNo;

  @JsonProperty("settled")
  private final Boolean settled;

  @JsonProperty("channel")
  private final Byte channel;

  @JsonProperty("region")
  private final Short region;

  @JsonProperty("fee")
  private final Float fee;

  @JsonProperty("discount")
  private final Double discount;

  @JsonProperty("points")
  private final BigInteger points;

  @JsonProperty("tip_amount")
  private final BigDecimal tipAmount;

  @JsonProperty("trans_end_time")
  private final LocalDateTime transEndTime;

  @JsonProperty("settled_at")
  private final Instant settledAt;

  @JsonProperty("settlement_date")
  private final LocalDate settlementDate;

  @JsonProperty("orig_trans_type")
  private final TransType origTransType;

  private ImmutableOrderStatus(Builder builder) {
    this.transNo = Rules.checkText(MODEL, "transNo", builder.transNo);
    this.transType = builder.transType;
    this.transStatus = builder.transStatus;
    this.tipped = builder.tipped;
    this.cardType = builder.cardType;
    this.receiptPrintMode = builder.receiptPrintMode;
    this.sequence = builder.sequence;
    this.rate = builder.rate;
    this.exchangeRate = builder.exchangeRate;
    this.retries = builder.retries;
    this.batchNo = builder.batchNo;
    this.settled = builder.settled;
    this.channel = builder.channel;
    this.region = builder.region;
    this.fee = builder.fee;
    this.discount = builder.discount;
    this.points = builder.points;
    this.tipAmount = builder.tipAmount;
    this.transEndTime = Rules.checkDateTime(MODEL, "transEndTime", builder.transEndTime);
    this.settledAt = Rules.checkDateTime(MODEL, "settledAt", builder.settledAt);
    this.settlementDate = builder.settlementDate;
    this.origTransType = builder.origTransType;
  }

  @Override
  public String transNo() {
    return transNo;
  }

  @Override
  public TransType transType() {
    return transType;
  }

  @Override
  public int transStatus() {
    return transStatus;
  }

  @Override
  public boolean tipped() {
    return tipped;
  }

  @Override
  public byte cardType() {
    return cardType;
  }

  @Override
  public short receiptPrintMode() {
    return receiptPrintMode;
  }

  @Override
  public long sequence() {
    return sequence;
  }

  @Override
  public float rate() {
    return rate;
  }

  @Override
  public double exchangeRate() {
    return exchangeRate;
  }

  @Override
  public Integer retries() {
    return retries;
  }

  @Override
  public Long batchNo() {
    return batchNo;
  }

  @Override
  public Boolean settled() {
    return settled;
  }

  @Override
  public Byte channel() {
    return channel;
  }

  @Override
  public Short region() {
    return region;
  }

  @Override
  public Float fee() {
    return fee;
  }

  @Override
  public Double discount() {
    return discount;
  }

  @Override
  public BigInteger points() {
    return points;
  }

  @Override
  public Optional<BigDecimal> tipAmount() {
    return Optional.ofNullable(tipAmount);
  }

  @Override
  public LocalDateTime transEndTime() {
    return transEndTime;
  }

  @Override
  public Optional<Instant> settledAt() {
    return Optional.ofNullable(settledAt);
  }

  @Override
  public LocalDate settlementDate() {
    return settlementDate;
  }

  @Override
  public Optional<TransType> origTransType() {
    return Optional.ofNullable(origTransType);
  }

  /**
   * Returns a new builder with every property unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code instance} itself when it already is an {@code ImmutableOrderStatus}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutableOrderStatus copyOf(OrderStatus instance) {
    if (instance instanceof ImmutableOrderStatus) {
      return (ImmutableOrderStatus) instance;
    }
    return builder()
        .transNo(instance.transNo())
        .transType(instance.transType())
        .transStatus(instance.transStatus())
        .tipped(instance.tipped())
        .cardType(instance.cardType())
        .receiptPrintMode(instance.receiptPrintMode())
        .sequence(instance.sequence())
        .rate(instance.rate())
        .exchangeRate(instance.exchangeRate())
        .retries(instance.retries())
        .batchNo(instance.batchNo())
        .settled(instance.settled())
        .channel(instance.channel())
        .region(instance.region())
        .fee(instance.fee())
        .discount(instance.discount())
        .points(instance.points())
        .tipAmount(instance.tipAmount().orElse(null))
        .transEndTime(instance.transEndTime())
        .settledAt(instance.settledAt().orElse(null))
        .settlementDate(instance.settlementDate())
        .origTransType(instance.origTransType().orElse(null))
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
    if (!(other instanceof ImmutableOrderStatus)) {
      return false;
    }
    ImmutableOrderStatus that = (ImmutableOrderStatus) other;
    return Objects.equals(transNo, that.transNo)
        && Objects.equals(transType, that.transType)
        && transStatus == that.transStatus
        && tipped == that.tipped
        && cardType == that.cardType
        && receiptPrintMode == that.receiptPrintMode
        && sequence == that.sequence
        && Float.compare(rate, that.rate) == 0
        && Double.compare(exchangeRate, that.exchangeRate) == 0
        && Objects.equals(retries, that.retries)
        && Objects.equals(batchNo, that.batchNo)
        && Objects.equals(settled, that.settled)
        && Objects.equals(channel, that.channel)
        && Objects.equals(region, that.region)
        && Objects.equals(fee, that.fee)
        && Objects.equals(discount, that.discount)
        && Objects.equals(points, that.points)
        && Objects.equals(tipAmount, that.tipAmount)
        && Objects.equals(transEndTime, that.transEndTime)
        && Objects.equals(settledAt, that.settledAt)
        && Objects.equals(settlementDate, that.settlementDate)
        && Objects.equals(origTransType, that.origTransType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        transNo,
        transType,
        transStatus,
        tipped,
        cardType,
        receiptPrintMode,
        sequence,
        rate,
        exchangeRate,
        retries,
        batchNo,
        settled,
        channel,
        region,
        fee,
        discount,
        points,
        tipAmount,
        transEndTime,
        settledAt,
        settlementDate,
        origTransType);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "OrderStatus{"
        + "transNo=" + transNo
        + ", transType=" + transType
        + ", transStatus=" + transStatus
        + ", tipped=" + tipped
        + ", cardType=" + cardType
        + ", receiptPrintMode=" + receiptPrintMode
        + ", sequence=" + sequence
        + ", rate=" + rate
        + ", exchangeRate=" + exchangeRate
        + ", retries=" + retries
        + ", batchNo=" + batchNo
        + ", settled=" + settled
        + ", channel=" + channel
        + ", region=" + region
        + ", fee=" + fee
        + ", discount=" + discount
        + ", points=" + points
        + ", tipAmount=" + tipAmount
        + ", transEndTime=" + transEndTime
        + ", settledAt=" + settledAt
        + ", settlementDate=" + settlementDate
        + ", origTransType=" + origTransType
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutableOrderStatus}; {@link #build()} checks them all. Jackson uses it
   * too when reading JSON. Not thread-safe.
   */
  @JsonPOJOBuilder(
      withPrefix = ""
  )
  @JsonIgnoreProperties(
      ignoreUnknown = true
  )
  public static final class Builder {
    private String transNo;

    private TransType transType;

    private Integer transStatus;

    private Boolean tipped;

    private Byte cardType;

    private Short receiptPrintMode;

    private Long sequence;

    private Float rate;

    private Double exchangeRate;

    private Integer retries;

    private Long batchNo;

    private Boolean settled;

    private Byte channel;

    private Short region;

    private Float fee;

    private Double discount;

    private BigInteger points;

    private BigDecimal tipAmount;

    private LocalDateTime transEndTime;

    private Instant settledAt;

    private LocalDate settlementDate;

    private TransType origTransType;

    private Builder() {
    }

    /**
     * Sets {@link OrderStatus#transNo() transNo}, sent as {@code trans_no}.
     * Required, and not empty.
     */
    @JsonProperty("trans_no")
    public Builder transNo(String transNo) {
      this.transNo = transNo;
      return this;
    }

    /**
     * Sets {@link OrderStatus#transType() transType}, sent as {@code trans_type}.
     * Required.
     */
    @JsonProperty("trans_type")
    public Builder transType(TransType transType) {
      this.transType = transType;
      return this;
    }

    /**
     * Sets {@link OrderStatus#transStatus() transStatus}, sent as {@code trans_status}.
     * Required.
     */
    @JsonProperty("trans_status")
    public Builder transStatus(Integer transStatus) {
      this.transStatus = transStatus;
      return this;
    }

    /**
     * Sets {@link OrderStatus#tipped() tipped}, sent as {@code tipped}.
     * Required.
     */
    @JsonProperty("tipped")
    public Builder tipped(Boolean tipped) {
      this.tipped = tipped;
      return this;
    }

    /**
     * Sets {@link OrderStatus#cardType() cardType}, sent as {@code card_type}.
     * Required.
     */
    @JsonProperty("card_type")
    public Builder cardType(Byte cardType) {
      this.cardType = cardType;
      return this;
    }

    /**
     * Sets {@link OrderStatus#receiptPrintMode() receiptPrintMode}, sent as {@code receipt_print_mode}.
     * Required.
     */
    @JsonProperty("receipt_print_mode")
    public Builder receiptPrintMode(Short receiptPrintMode) {
      this.receiptPrintMode = receiptPrintMode;
      return this;
    }

    /**
     * Sets {@link OrderStatus#sequence() sequence}, sent as {@code sequence}.
     * Required.
     */
    @JsonProperty("sequence")
    public Builder sequence(Long sequence) {
      this.sequence = sequence;
      return this;
    }

    /**
     * Sets {@link OrderStatus#rate() rate}, sent as {@code rate}.
     * Required.
     */
    @JsonProperty("rate")
    public Builder rate(Float rate) {
      this.rate = rate;
      return this;
    }

    /**
     * Sets {@link OrderStatus#exchangeRate() exchangeRate}, sent as {@code exchange_rate}.
     * Required.
     */
    @JsonProperty("exchange_rate")
    public Builder exchangeRate(Double exchangeRate) {
      this.exchangeRate = exchangeRate;
      return this;
    }

    /**
     * Sets {@link OrderStatus#retries() retries}, sent as {@code retries}.
     * Required.
     */
    @JsonProperty("retries")
    public Builder retries(Integer retries) {
      this.retries = retries;
      return this;
    }

    /**
     * Sets {@link OrderStatus#batchNo() batchNo}, sent as {@code batch_no}.
     * Required.
     */
    @JsonProperty("batch_no")
    public Builder batchNo(Long batchNo) {
      this.batchNo = batchNo;
      return this;
    }

    /**
     * Sets {@link OrderStatus#settled() settled}, sent as {@code settled}.
     * Required.
     */
    @JsonProperty("settled")
    public Builder settled(Boolean settled) {
      this.settled = settled;
      return this;
    }

    /**
     * Sets {@link OrderStatus#channel() channel}, sent as {@code channel}.
     * Required.
     */
    @JsonProperty("channel")
    public Builder channel(Byte channel) {
      this.channel = channel;
      return this;
    }

    /**
     * Sets {@link OrderStatus#region() region}, sent as {@code region}.
     * Required.
     */
    @JsonProperty("region")
    public Builder region(Short region) {
      this.region = region;
      return this;
    }

    /**
     * Sets {@link OrderStatus#fee() fee}, sent as {@code fee}.
     * Required.
     */
    @JsonProperty("fee")
    public Builder fee(Float fee) {
      this.fee = fee;
      return this;
    }

    /**
     * Sets {@link OrderStatus#discount() discount}, sent as {@code discount}.
     * Required.
     */
    @JsonProperty("discount")
    public Builder discount(Double discount) {
      this.discount = discount;
      return this;
    }

    /**
     * Sets {@link OrderStatus#points() points}, sent as {@code points}.
     * Required.
     */
    @JsonProperty("points")
    public Builder points(BigInteger points) {
      this.points = points;
      return this;
    }

    /**
     * Sets {@link OrderStatus#tipAmount() tipAmount}, sent as {@code tip_amount}.
     * Optional: {@code null} leaves it out.
     */
    @JsonProperty("tip_amount")
    public Builder tipAmount(BigDecimal tipAmount) {
      this.tipAmount = tipAmount;
      return this;
    }

    /**
     * Sets {@link OrderStatus#transEndTime() transEndTime}, sent as {@code trans_end_time}.
     * Required; whole seconds.
     */
    @JsonProperty("trans_end_time")
    public Builder transEndTime(LocalDateTime transEndTime) {
      this.transEndTime = transEndTime;
      return this;
    }

    /**
     * Sets {@link OrderStatus#settledAt() settledAt}, sent as {@code settled_at}.
     * Optional: {@code null} leaves it out; whole seconds.
     */
    @JsonProperty("settled_at")
    public Builder settledAt(Instant settledAt) {
      this.settledAt = settledAt;
      return this;
    }

    /**
     * Sets {@link OrderStatus#settlementDate() settlementDate}, sent as {@code settlement_date}.
     * Required.
     */
    @JsonProperty("settlement_date")
    public Builder settlementDate(LocalDate settlementDate) {
      this.settlementDate = settlementDate;
      return this;
    }

    /**
     * Sets {@link OrderStatus#origTransType() origTransType}, sent as {@code orig_trans_type}.
     * Optional: {@code null} leaves it out.
     */
    @JsonProperty("orig_trans_type")
    public Builder origTransType(TransType origTransType) {
      this.origTransType = origTransType;
      return this;
    }

    /**
     * Checks every property and returns the model.
     *
     * @throws ValidationException naming every required property that is missing, or else the first property
     *     that breaks a rule
     */
    public ImmutableOrderStatus build() {
      List<String> missing = new ArrayList<>();
      if (transNo == null || transNo.isEmpty()) {
        missing.add("transNo");
      }
      if (transType == null) {
        missing.add("transType");
      }
      if (transStatus == null) {
        missing.add("transStatus");
      }
      if (tipped == null) {
        missing.add("tipped");
      }
      if (cardType == null) {
        missing.add("cardType");
      }
      if (receiptPrintMode == null) {
        missing.add("receiptPrintMode");
      }
      if (sequence == null) {
        missing.add("sequence");
      }
      if (rate == null) {
        missing.add("rate");
      }
      if (exchangeRate == null) {
        missing.add("exchangeRate");
      }
      if (retries == null) {
        missing.add("retries");
      }
      if (batchNo == null) {
        missing.add("batchNo");
      }
      if (settled == null) {
        missing.add("settled");
      }
      if (channel == null) {
        missing.add("channel");
      }
      if (region == null) {
        missing.add("region");
      }
      if (fee == null) {
        missing.add("fee");
      }
      if (discount == null) {
        missing.add("discount");
      }
      if (points == null) {
        missing.add("points");
      }
      if (transEndTime == null) {
        missing.add("transEndTime");
      }
      if (settlementDate == null) {
        missing.add("settlementDate");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutableOrderStatus(this);
    }
  }
}
