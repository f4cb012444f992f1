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
 * An immutable {@link Catalog.Entry} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(Catalog.Entry)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutableCatalog_Entry.Builder.class
)
public final class ImmutableCatalog_Entry implements Catalog.Entry {
  private static final String MODEL = "Entry";

  @JsonProperty("sku")
  private final String sku;

  private ImmutableCatalog_Entry(Builder builder) {
    this.sku = Rules.checkText(MODEL, "sku", builder.sku);
  }

  @Override
  public String sku() {
    return sku;
  }

  /**
   * Returns a new builder with every property unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code instance} itself when it already is an {@code ImmutableCatalog_Entry}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutableCatalog_Entry copyOf(Catalog.Entry instance) {
    if (instance instanceof ImmutableCatalog_Entry) {
      return (ImmutableCatalog_Entry) instance;
    }
    return builder()
        .sku(instance.sku())
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
    if (!(other instanceof ImmutableCatalog_Entry)) {
      return false;
    }
    ImmutableCatalog_Entry that = (ImmutableCatalog_Entry) other;
    return Objects.equals(sku, that.sku);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sku);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "Entry{"
        + "sku=" + sku
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutableCatalog_Entry}; {@link #build()} checks them all. Jackson uses it
   * too when reading JSON. Not thread-safe.
   */
  @JsonPOJOBuilder(
      withPrefix = ""
  )
  @JsonIgnoreProperties(
      ignoreUnknown = true
  )
  public static final class Builder {
    private String sku;

    private Builder() {
    }

    /**
     * Sets {@link Catalog.Entry#sku() sku}, sent as {@code sku}.
     * Required, and not empty.
     */
    @JsonProperty("sku")
    public Builder sku(String sku) {
      this.sku = sku;
      return this;
    }

    /**
     * Checks every property and returns the model.
     *
     * @throws ValidationException naming every required property that is missing, or else the first property
     *     that breaks a rule
     */
    public ImmutableCatalog_Entry build() {
      List<String> missing = new ArrayList<>();
      if (sku == null || sku.isEmpty()) {
        missing.add("sku");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutableCatalog_Entry(this);
    }
  }
}
