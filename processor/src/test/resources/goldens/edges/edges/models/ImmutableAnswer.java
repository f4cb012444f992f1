package edges.models;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.codepaygen.annotations.CodePayGenerated;
import org.codepaygen.runtime.error.ValidationException;
import org.codepaygen.runtime.rules.Rules;

/**
 * An answer model in another package than the API using it.
 *
 * <p>An immutable {@link Answer} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(Answer)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutableAnswer.Builder.class
)
public final class ImmutableAnswer implements Answer {
  private static final String MODEL = "Answer";

  @JsonProperty("balance")
  private final BigDecimal balance;

  private ImmutableAnswer(Builder builder) {
    this.balance = builder.balance;
  }

  @Override
  public BigDecimal balance() {
    return balance;
  }

  /**
   * Returns a new builder with every property unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code instance} itself when it already is an {@code ImmutableAnswer}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutableAnswer copyOf(Answer instance) {
    if (instance instanceof ImmutableAnswer) {
      return (ImmutableAnswer) instance;
    }
    return builder()
        .balance(instance.balance())
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
    if (!(other instanceof ImmutableAnswer)) {
      return false;
    }
    ImmutableAnswer that = (ImmutableAnswer) other;
    return Objects.equals(balance, that.balance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(balance);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "Answer{"
        + "balance=" + balance
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutableAnswer}; {@link #build()} checks them all. Jackson uses it
   * too when reading JSON. Not thread-safe.
   */
  @JsonPOJOBuilder(
      withPrefix = ""
  )
  @JsonIgnoreProperties(
      ignoreUnknown = true
  )
  public static final class Builder {
    private BigDecimal balance;

    private Builder() {
    }

    /**
     * Sets {@link Answer#balance() balance}, sent as {@code balance}.
     * Required.
     */
    @JsonProperty("balance")
    public Builder balance(BigDecimal balance) {
      this.balance = balance;
      return this;
    }

    /**
     * Checks every property and returns the model.
     *
     * @throws ValidationException naming every required property that is missing, or else the first property
     *     that breaks a rule
     */
    public ImmutableAnswer build() {
      List<String> missing = new ArrayList<>();
      if (balance == null) {
        missing.add("balance");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutableAnswer(this);
    }
  }
}
