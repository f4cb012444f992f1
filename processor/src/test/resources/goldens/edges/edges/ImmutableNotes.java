package edges;

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
 * {@code @Nullable} from each common library makes a property optional, as a type-use or a method annotation.
 *
 * <p>An immutable {@link Notes} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(Notes)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutableNotes.Builder.class
)
public final class ImmutableNotes implements Notes {
  private static final String MODEL = "Notes";

  @JsonProperty("id")
  private final String id;

  @JsonProperty("jspecify")
  private final String jspecify;

  @JsonProperty("jsr305")
  private final String jsr305;

  @JsonProperty("jetbrains")
  private final String jetbrains;

  @JsonProperty("checker")
  private final String checker;

  private ImmutableNotes(Builder builder) {
    this.id = Rules.checkText(MODEL, "id", builder.id);
    this.jspecify = Rules.checkText(MODEL, "jspecify", builder.jspecify);
    this.jsr305 = Rules.checkText(MODEL, "jsr305", builder.jsr305);
    this.jetbrains = Rules.checkText(MODEL, "jetbrains", builder.jetbrains);
    this.checker = Rules.checkText(MODEL, "checker", builder.checker);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String jspecify() {
    return jspecify;
  }

  @Override
  public String jsr305() {
    return jsr305;
  }

  @Override
  public String jetbrains() {
    return jetbrains;
  }

  @Override
  public String checker() {
    return checker;
  }

  /**
   * Returns a new builder with every property unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code instance} itself when it already is an {@code ImmutableNotes}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutableNotes copyOf(Notes instance) {
    if (instance instanceof ImmutableNotes) {
      return (ImmutableNotes) instance;
    }
    return builder()
        .id(instance.id())
        .jspecify(instance.jspecify())
        .jsr305(instance.jsr305())
        .jetbrains(instance.jetbrains())
        .checker(instance.checker())
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
    if (!(other instanceof ImmutableNotes)) {
      return false;
    }
    ImmutableNotes that = (ImmutableNotes) other;
    return Objects.equals(id, that.id)
        && Objects.equals(jspecify, that.jspecify)
        && Objects.equals(jsr305, that.jsr305)
        && Objects.equals(jetbrains, that.jetbrains)
        && Objects.equals(checker, that.checker);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        jspecify,
        jsr305,
        jetbrains,
        checker);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "Notes{"
        + "id=" + id
        + ", jspecify=" + jspecify
        + ", jsr305=" + jsr305
        + ", jetbrains=" + jetbrains
        + ", checker=" + checker
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutableNotes}; {@link #build()} checks them all. Jackson uses it
   * too when reading JSON. Not thread-safe.
   */
  @JsonPOJOBuilder(
      withPrefix = ""
  )
  @JsonIgnoreProperties(
      ignoreUnknown = true
  )
  public static final class Builder {
    private String id;

    private String jspecify;

    private String jsr305;

    private String jetbrains;

    private String checker;

    private Builder() {
    }

    /**
     * Sets {@link Notes#id() id}, sent as {@code id}.
     * Required, and not empty.
     */
    @JsonProperty("id")
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link Notes#jspecify() jspecify}, sent as {@code jspecify}.
     * Optional: {@code null} leaves it out.
     */
    @JsonProperty("jspecify")
    public Builder jspecify(String jspecify) {
      this.jspecify = jspecify;
      return this;
    }

    /**
     * Sets {@link Notes#jsr305() jsr305}, sent as {@code jsr305}.
     * Optional: {@code null} leaves it out.
     */
    @JsonProperty("jsr305")
    public Builder jsr305(String jsr305) {
      this.jsr305 = jsr305;
      return this;
    }

    /**
     * Sets {@link Notes#jetbrains() jetbrains}, sent as {@code jetbrains}.
     * Optional: {@code null} leaves it out.
     */
    @JsonProperty("jetbrains")
    public Builder jetbrains(String jetbrains) {
      this.jetbrains = jetbrains;
      return this;
    }

    /**
     * Sets {@link Notes#checker() checker}, sent as {@code checker}.
     * Optional: {@code null} leaves it out.
     */
    @JsonProperty("checker")
    public Builder checker(String checker) {
      this.checker = checker;
      return this;
    }

    /**
     * Checks every property and returns the model.
     *
     * @throws ValidationException naming every required property that is missing, or else the first property
     *     that breaks a rule
     */
    public ImmutableNotes build() {
      List<String> missing = new ArrayList<>();
      if (id == null || id.isEmpty()) {
        missing.add("id");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutableNotes(this);
    }
  }
}
