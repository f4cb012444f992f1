package online;

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
import org.codepaygen.runtime.json.EmbeddedJson;
import org.codepaygen.runtime.rules.Rules;

/**
 * Lists of numbers at the top level of a body.
 *
 * <p>An immutable {@link Tally} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(Tally)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutableTally.Builder.class
)
public final class ImmutableTally implements Tally {
  private static final String MODEL = "Tally";

  @JsonProperty("counts")
  @EmbeddedJson
  private final List<Integer> counts;

  @JsonProperty("amounts")
  @EmbeddedJson
  private final List<BigDecimal> amounts;

  @JsonProperty("serials")
  @EmbeddedJson
  private final List<Long> serials;

  @JsonProperty("labels")
  @EmbeddedJson
  private final List<String> labels;

  private ImmutableTally(Builder builder) {
    this.counts = Rules.checkList(MODEL, "counts", builder.counts);
    this.amounts = Rules.checkList(MODEL, "amounts", builder.amounts);
    this.serials = Rules.checkList(MODEL, "serials", builder.serials);
    this.labels = Rules.checkTextList(MODEL, "labels", builder.labels);
  }

  @Override
  public List<Integer> counts() {
    return counts;
  }

  @Override
  public List<BigDecimal> amounts() {
    return amounts;
  }

  @Override
  public Optional<List<Long>> serials() {
    return Optional.ofNullable(serials);
  }

  @Override
  public List<String> labels() {
    return labels;
  }

  /**
   * Returns a new builder with every property unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code instance} itself when it already is an {@code ImmutableTally}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutableTally copyOf(Tally instance) {
    if (instance instanceof ImmutableTally) {
      return (ImmutableTally) instance;
    }
    return builder()
        .counts(instance.counts())
        .amounts(instance.amounts())
        .serials(instance.serials().orElse(null))
        .labels(instance.labels())
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
    if (!(other instanceof ImmutableTally)) {
      return false;
    }
    ImmutableTally that = (ImmutableTally) other;
    return Objects.equals(counts, that.counts)
        && Objects.equals(amounts, that.amounts)
        && Objects.equals(serials, that.serials)
        && Objects.equals(labels, that.labels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        counts,
        amounts,
        serials,
        labels);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "Tally{"
        + "counts=" + counts
        + ", amounts=" + amounts
        + ", serials=" + serials
        + ", labels=" + labels
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutableTally}; {@link #build()} checks them all. Jackson uses it
   * too when reading JSON. Not thread-safe.
   */
  @JsonPOJOBuilder(
      withPrefix = ""
  )
  @JsonIgnoreProperties(
      ignoreUnknown = true
  )
  public static final class Builder {
    private List<Integer> counts;

    private List<BigDecimal> amounts;

    private List<Long> serials;

    private List<String> labels;

    private Builder() {
    }

    /**
     * Sets {@link Tally#counts() counts}, sent as {@code counts}.
     * Required; no {@code null} item; copied.
     */
    @JsonProperty("counts")
    @EmbeddedJson
    public Builder counts(List<Integer> counts) {
      this.counts = counts;
      return this;
    }

    /**
     * Sets {@link Tally#amounts() amounts}, sent as {@code amounts}.
     * Required; no {@code null} item; copied.
     */
    @JsonProperty("amounts")
    @EmbeddedJson
    public Builder amounts(List<BigDecimal> amounts) {
      this.amounts = amounts;
      return this;
    }

    /**
     * Sets {@link Tally#serials() serials}, sent as {@code serials}.
     * Optional: {@code null} leaves it out; no {@code null} item; copied.
     */
    @JsonProperty("serials")
    @EmbeddedJson
    public Builder serials(List<Long> serials) {
      this.serials = serials;
      return this;
    }

    /**
     * Sets {@link Tally#labels() labels}, sent as {@code labels}.
     * Optional: {@code null} leaves it out; no {@code null} item; copied.
     */
    @JsonProperty("labels")
    @EmbeddedJson
    public Builder labels(List<String> labels) {
      this.labels = labels;
      return this;
    }

    /**
     * Checks every property and returns the model.
     *
     * @throws ValidationException naming every required property that is missing, or else the first property
     *     that breaks a rule
     */
    public ImmutableTally build() {
      List<String> missing = new ArrayList<>();
      if (counts == null) {
        missing.add("counts");
      }
      if (amounts == null) {
        missing.add("amounts");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutableTally(this);
    }
  }
}
