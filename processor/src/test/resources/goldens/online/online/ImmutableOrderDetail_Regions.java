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
 * An immutable {@link OrderDetail.Regions} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(OrderDetail.Regions)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutableOrderDetail_Regions.Builder.class
)
public final class ImmutableOrderDetail_Regions implements OrderDetail.Regions {
  private static final String MODEL = "Regions";

  @JsonProperty("allow_regions")
  @EmbeddedJson
  private final List<String> allowRegions;

  private ImmutableOrderDetail_Regions(Builder builder) {
    this.allowRegions = Rules.checkTextList(MODEL, "allowRegions", builder.allowRegions);
  }

  @Override
  public List<String> allowRegions() {
    return allowRegions;
  }

  /**
   * Returns a new builder with every property unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code instance} itself when it already is an {@code ImmutableOrderDetail_Regions}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutableOrderDetail_Regions copyOf(OrderDetail.Regions instance) {
    if (instance instanceof ImmutableOrderDetail_Regions) {
      return (ImmutableOrderDetail_Regions) instance;
    }
    return builder()
        .allowRegions(instance.allowRegions())
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
    if (!(other instanceof ImmutableOrderDetail_Regions)) {
      return false;
    }
    ImmutableOrderDetail_Regions that = (ImmutableOrderDetail_Regions) other;
    return Objects.equals(allowRegions, that.allowRegions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(allowRegions);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "Regions{"
        + "allowRegions=" + allowRegions
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutableOrderDetail_Regions}; {@link #build()} checks them all. Jackson uses it
   * too when reading JSON. Not thread-safe.
   */
  @JsonPOJOBuilder(
      withPrefix = ""
  )
  @JsonIgnoreProperties(
      ignoreUnknown = true
  )
  public static final class Builder {
    private List<String> allowRegions;

    private Builder() {
    }

    /**
     * Sets {@link OrderDetail.Regions#allowRegions() allowRegions}, sent as {@code allow_regions}.
     * Required; no {@code null} item; copied.
     */
    @JsonProperty("allow_regions")
    @EmbeddedJson
    public Builder allowRegions(List<String> allowRegions) {
      this.allowRegions = allowRegions;
      return this;
    }

    /**
     * Checks every property and returns the model.
     *
     * @throws ValidationException naming every required property that is missing, or else the first property
     *     that breaks a rule
     */
    public ImmutableOrderDetail_Regions build() {
      List<String> missing = new ArrayList<>();
      if (allowRegions == null) {
        missing.add("allowRegions");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutableOrderDetail_Regions(this);
    }
  }
}
