package online;

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
import org.codepaygen.runtime.json.EmbeddedJson;
import org.codepaygen.runtime.rules.Rules;

/**
 * The order_detail of a checkout: plain JSON inside its JSON-encoded string.
 *
 * <p>An immutable {@link OrderDetail} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(OrderDetail)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutableOrderDetail.Builder.class
)
public final class ImmutableOrderDetail implements OrderDetail {
  private static final String MODEL = "OrderDetail";

  @JsonProperty("type")
  private final String type;

  @JsonProperty("data")
  @EmbeddedJson
  private final OrderDetail.Data data;

  private ImmutableOrderDetail(Builder builder) {
    this.type = Rules.checkText(MODEL, "type", builder.type);
    this.data = builder.data;
  }

  @Override
  public String type() {
    return type;
  }

  @Override
  public OrderDetail.Data data() {
    return data;
  }

  /**
   * Returns a new builder with every property unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code instance} itself when it already is an {@code ImmutableOrderDetail}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutableOrderDetail copyOf(OrderDetail instance) {
    if (instance instanceof ImmutableOrderDetail) {
      return (ImmutableOrderDetail) instance;
    }
    return builder()
        .type(instance.type())
        .data(instance.data())
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
    if (!(other instanceof ImmutableOrderDetail)) {
      return false;
    }
    ImmutableOrderDetail that = (ImmutableOrderDetail) other;
    return Objects.equals(type, that.type)
        && Objects.equals(data, that.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, data);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "OrderDetail{"
        + "type=" + type
        + ", data=" + data
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutableOrderDetail}; {@link #build()} checks them all. Jackson uses it
   * too when reading JSON. Not thread-safe.
   */
  @JsonPOJOBuilder(
      withPrefix = ""
  )
  @JsonIgnoreProperties(
      ignoreUnknown = true
  )
  public static final class Builder {
    private String type;

    private OrderDetail.Data data;

    private Builder() {
    }

    /**
     * Sets {@link OrderDetail#type() type}, sent as {@code type}.
     * Required, and not empty.
     */
    @JsonProperty("type")
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@link OrderDetail#data() data}, sent as {@code data}.
     * Required.
     * The value is copied with {@link ImmutableOrderDetail_Data#copyOf}.
     */
    @JsonProperty("data")
    @EmbeddedJson
    public Builder data(OrderDetail.Data data) {
      this.data = data == null ? null : ImmutableOrderDetail_Data.copyOf(data);
      return this;
    }

    /**
     * Checks every property and returns the model.
     *
     * @throws ValidationException naming every required property that is missing, or else the first property
     *     that breaks a rule
     */
    public ImmutableOrderDetail build() {
      List<String> missing = new ArrayList<>();
      if (type == null || type.isEmpty()) {
        missing.add("type");
      }
      if (data == null) {
        missing.add("data");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutableOrderDetail(this);
    }
  }
}
