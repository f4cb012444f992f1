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
 * An immutable {@link FileUploaded} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(FileUploaded)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutableFileUploaded.Builder.class
)
public final class ImmutableFileUploaded implements FileUploaded {
  private static final String MODEL = "FileUploaded";

  @JsonProperty("file_key")
  private final String fileKey;

  private ImmutableFileUploaded(Builder builder) {
    this.fileKey = Rules.checkText(MODEL, "fileKey", builder.fileKey);
  }

  @Override
  public String fileKey() {
    return fileKey;
  }

  /**
   * Returns a new builder with every property unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code instance} itself when it already is an {@code ImmutableFileUploaded}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutableFileUploaded copyOf(FileUploaded instance) {
    if (instance instanceof ImmutableFileUploaded) {
      return (ImmutableFileUploaded) instance;
    }
    return builder()
        .fileKey(instance.fileKey())
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
    if (!(other instanceof ImmutableFileUploaded)) {
      return false;
    }
    ImmutableFileUploaded that = (ImmutableFileUploaded) other;
    return Objects.equals(fileKey, that.fileKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileKey);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "FileUploaded{"
        + "fileKey=" + fileKey
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutableFileUploaded}; {@link #build()} checks them all. Jackson uses it
   * too when reading JSON. Not thread-safe.
   */
  @JsonPOJOBuilder(
      withPrefix = ""
  )
  @JsonIgnoreProperties(
      ignoreUnknown = true
  )
  public static final class Builder {
    private String fileKey;

    private Builder() {
    }

    /**
     * Sets {@link FileUploaded#fileKey() fileKey}, sent as {@code file_key}.
     * Required, and not empty.
     */
    @JsonProperty("file_key")
    public Builder fileKey(String fileKey) {
      this.fileKey = fileKey;
      return this;
    }

    /**
     * Checks every property and returns the model.
     *
     * @throws ValidationException naming every required property that is missing, or else the first property
     *     that breaks a rule
     */
    public ImmutableFileUploaded build() {
      List<String> missing = new ArrayList<>();
      if (fileKey == null || fileKey.isEmpty()) {
        missing.add("fileKey");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutableFileUploaded(this);
    }
  }
}
