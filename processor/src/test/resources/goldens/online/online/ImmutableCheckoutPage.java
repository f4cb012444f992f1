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
import org.codepaygen.runtime.rules.Rules;

/**
 * An immutable {@link CheckoutPage} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(CheckoutPage)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutableCheckoutPage.Builder.class
)
public final class ImmutableCheckoutPage implements CheckoutPage {
  private static final String MODEL = "CheckoutPage";

  @JsonProperty("pay_url")
  private final String payUrl;

  private ImmutableCheckoutPage(Builder builder) {
    this.payUrl = Rules.checkText(MODEL, "payUrl", builder.payUrl);
  }

  @Override
  public String payUrl() {
    return payUrl;
  }

  /**
   * Returns a new builder with every property unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code instance} itself when it already is an {@code ImmutableCheckoutPage}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutableCheckoutPage copyOf(CheckoutPage instance) {
    if (instance instanceof ImmutableCheckoutPage) {
      return (ImmutableCheckoutPage) instance;
    }
    return builder()
        .payUrl(instance.payUrl())
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
    if (!(other instanceof ImmutableCheckoutPage)) {
      return false;
    }
    ImmutableCheckoutPage that = (ImmutableCheckoutPage) other;
    return Objects.equals(payUrl, that.payUrl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(payUrl);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "CheckoutPage{"
        + "payUrl=" + payUrl
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutableCheckoutPage}; {@link #build()} checks them all. Jackson uses it
   * too when reading JSON. Not thread-safe.
   */
  @JsonPOJOBuilder(
      withPrefix = ""
  )
  @JsonIgnoreProperties(
      ignoreUnknown = true
  )
  public static final class Builder {
    private String payUrl;

    private Builder() {
    }

    /**
     * Sets {@link CheckoutPage#payUrl() payUrl}, sent as {@code pay_url}.
     * Required, and not empty.
     */
    @JsonProperty("pay_url")
    public Builder payUrl(String payUrl) {
      this.payUrl = payUrl;
      return this;
    }

    /**
     * Checks every property and returns the model.
     *
     * @throws ValidationException naming every required property that is missing, or else the first property
     *     that breaks a rule
     */
    public ImmutableCheckoutPage build() {
      List<String> missing = new ArrayList<>();
      if (payUrl == null || payUrl.isEmpty()) {
        missing.add("payUrl");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutableCheckoutPage(this);
    }
  }
}
