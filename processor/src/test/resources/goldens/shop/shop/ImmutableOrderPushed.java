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
 * An immutable {@link OrderPushed} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(OrderPushed)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutableOrderPushed.Builder.class
)
public final class ImmutableOrderPushed implements OrderPushed {
  private static final String MODEL = "OrderPushed";

  @JsonProperty("message_id")
  private final String messageId;

  @JsonProperty("trans_no")
  private final String transNo;

  private ImmutableOrderPushed(Builder builder) {
    this.messageId = Rules.checkText(MODEL, "messageId", builder.messageId);
    this.transNo = Rules.checkText(MODEL, "transNo", builder.transNo);
  }

  @Override
  public String messageId() {
    return messageId;
  }

  @Override
  public String transNo() {
    return transNo;
  }

  /**
   * Returns a new builder with every property unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code instance} itself when it already is an {@code ImmutableOrderPushed}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutableOrderPushed copyOf(OrderPushed instance) {
    if (instance instanceof ImmutableOrderPushed) {
      return (ImmutableOrderPushed) instance;
    }
    return builder()
        .messageId(instance.messageId())
        .transNo(instance.transNo())
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
    if (!(other instanceof ImmutableOrderPushed)) {
      return false;
    }
    ImmutableOrderPushed that = (ImmutableOrderPushed) other;
    return Objects.equals(messageId, that.messageId)
        && Objects.equals(transNo, that.transNo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(messageId, transNo);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "OrderPushed{"
        + "messageId=" + messageId
        + ", transNo=" + transNo
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutableOrderPushed}; {@link #build()} checks them all. Jackson uses it
   * too when reading JSON. Not thread-safe.
   */
  @JsonPOJOBuilder(
      withPrefix = ""
  )
  @JsonIgnoreProperties(
      ignoreUnknown = true
  )
  public static final class Builder {
    private String messageId;

    private String transNo;

    private Builder() {
    }

    /**
     * Sets {@link OrderPushed#messageId() messageId}, sent as {@code message_id}.
     * Required, and not empty.
     */
    @JsonProperty("message_id")
    public Builder messageId(String messageId) {
      this.messageId = messageId;
      return this;
    }

    /**
     * Sets {@link OrderPushed#transNo() transNo}, sent as {@code trans_no}.
     * Required, and not empty.
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
    public ImmutableOrderPushed build() {
      List<String> missing = new ArrayList<>();
      if (messageId == null || messageId.isEmpty()) {
        missing.add("messageId");
      }
      if (transNo == null || transNo.isEmpty()) {
        missing.add("transNo");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutableOrderPushed(this);
    }
  }
}
