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
import org.codepaygen.runtime.FileData;
import org.codepaygen.runtime.error.ValidationException;
import org.codepaygen.runtime.rules.Rules;

/**
 * An image for file.upload: the file becomes the multipart part file_data.
 *
 * <p>An immutable {@link ImageUpload} that checks CodePay's formatting rules when it is built. Create one with
 * {@link #builder()} or {@link #copyOf(ImageUpload)}; read one from JSON through {@code CodePayJson.mapper()}.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
    builder = ImmutableImageUpload.Builder.class
)
public final class ImmutableImageUpload implements ImageUpload {
  private static final String MODEL = "ImageUpload";

  @JsonProperty("institution_no")
  private final String institutionNo;

  @JsonProperty("file_data")
  private final FileData fileData;

  private ImmutableImageUpload(Builder builder) {
    this.institutionNo = Rules.checkText(MODEL, "institutionNo", builder.institutionNo, 32);
    this.fileData = builder.fileData;
  }

  @Override
  public String institutionNo() {
    return institutionNo;
  }

  @Override
  public FileData fileData() {
    return fileData;
  }

  /**
   * Returns a new builder with every property unset.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code instance} itself when it already is an {@code ImmutableImageUpload}, else a checked copy.
   *
   * @throws ValidationException if a property of {@code instance} breaks a rule or a required one is missing
   */
  public static ImmutableImageUpload copyOf(ImageUpload instance) {
    if (instance instanceof ImmutableImageUpload) {
      return (ImmutableImageUpload) instance;
    }
    return builder()
        .institutionNo(instance.institutionNo())
        .fileData(instance.fileData())
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
    if (!(other instanceof ImmutableImageUpload)) {
      return false;
    }
    ImmutableImageUpload that = (ImmutableImageUpload) other;
    return Objects.equals(institutionNo, that.institutionNo)
        && Objects.equals(fileData, that.fileData);
  }

  @Override
  public int hashCode() {
    return Objects.hash(institutionNo, fileData);
  }

  /**
   * Lists the properties by their Java names; {@code @Sensitive} ones show as {@code ****}.
   */
  @Override
  public String toString() {
    return "ImageUpload{"
        + "institutionNo=" + institutionNo
        + ", fileData=" + fileData
        + "}";
  }

  /**
   * Collects the properties of an {@link ImmutableImageUpload}; {@link #build()} checks them all. Jackson uses it
   * too when reading JSON. Not thread-safe.
   */
  @JsonPOJOBuilder(
      withPrefix = ""
  )
  @JsonIgnoreProperties(
      ignoreUnknown = true
  )
  public static final class Builder {
    private String institutionNo;

    private FileData fileData;

    private Builder() {
    }

    /**
     * Sets {@link ImageUpload#institutionNo() institutionNo}, sent as {@code institution_no}.
     * Required, and not empty; at most 32 characters.
     */
    @JsonProperty("institution_no")
    public Builder institutionNo(String institutionNo) {
      this.institutionNo = institutionNo;
      return this;
    }

    /**
     * Sets {@link ImageUpload#fileData() fileData}, sent as {@code file_data}.
     * Required; sent as the multipart file part, with its MD5 as {@code file_data_hash}.
     */
    public Builder fileData(FileData fileData) {
      this.fileData = fileData;
      return this;
    }

    /**
     * Checks every property and returns the model.
     *
     * @throws ValidationException naming every required property that is missing, or else the first property
     *     that breaks a rule
     */
    public ImmutableImageUpload build() {
      List<String> missing = new ArrayList<>();
      if (institutionNo == null || institutionNo.isEmpty()) {
        missing.add("institutionNo");
      }
      if (fileData == null) {
        missing.add("fileData");
      }
      Rules.requirePresent(MODEL, missing);
      return new ImmutableImageUpload(this);
    }
  }
}
