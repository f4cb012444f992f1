package edges.models;

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
 * A request model in another package than the API using it.
 *
 * <p>An immutable {@link Query} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(Query)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutableQuery.Builder.class
)
public final class ImmutableQuery implements Query {
  private static final String MODEL = "Query";

  @JsonProperty("account_no")
  private final String accountNo;

  private ImmutableQuery(Builder builder) {
    this.accountNo = Rules.checkText(MODEL, "accountNo", builder.accountNo);
  }

  @Override
  public String accountNo() {
    return accountNo;
  }

  /**
   * Returns a new builder with every property unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code instance} itself when it already is an {@code ImmutableQuery}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutableQuery copyOf(Query instance) {
    if (instance instanceof ImmutableQuery) {
      return (ImmutableQuery) instance;
    }
    return builder()
        .accountNo(instance.accountNo())
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
    if (!(other instanceof ImmutableQuery)) {
      return false;
    }
    ImmutableQuery that = (ImmutableQuery) other;
    return Objects.equals(accountNo, that.accountNo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountNo);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "Query{"
        + "accountNo=" + accountNo
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutableQuery}; {@link #build()} checks them all. Jackson uses it
   * too when reading JSON. Not thread-safe.
   */
  @JsonPOJOBuilder(
      withPrefix = ""
  )
  @JsonIgnoreProperties(
      ignoreUnknown = true
  )
  public static final class Builder {
    private String accountNo;

    private Builder() {
    }

    /**
     * Sets {@link Query#accountNo() accountNo}, sent as {@code account_no}.
     * Required, and not empty.
     */
    @JsonProperty("account_no")
    public Builder accountNo(String accountNo) {
      this.accountNo = accountNo;
      return this;
    }

    /**
     * Checks every property and returns the model.
     *
     * @throws ValidationException naming every required property that is missing, or else the first property
     *     that breaks a rule
     */
    public ImmutableQuery build() {
      List<String> missing = new ArrayList<>();
      if (accountNo == null || accountNo.isEmpty()) {
        missing.add("accountNo");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutableQuery(this);
    }
  }
}
