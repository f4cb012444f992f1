package org.codepaygen.runtime.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration every CodePay message goes through, so that what is signed and what is sent agree.
 *
 * <ul>
 *   <li>Decimals are read as {@code BigDecimal} with their scale and written in plain notation: {@code 34.50} stays
 *       {@code 34.50}.
 *   <li>Only members the generated models name explicitly are read or written; nulls are omitted; unknown members
 *       are ignored, since new API versions add them.
 *   <li>Duplicate member names are refused: two values for one name would let the signed and the used value differ.
 *   <li>{@link CodePayModule} adds UTC dates, enum wire codes and the model interface to generated class mapping.
 * </ul>
 */
public final class CodePayJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .addModule(new CodePayModule())
          .build();

  /**
   * The mapper for what an {@link EmbeddedJson} value holds: inside the embedded string, nested models, lists and maps
   * are plain JSON, since only the top level of a request is kept flat.
   */
  private static final ObjectMapper NESTED =
      MAPPER.copy().setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
        @Override
        public Object findSerializer(Annotated member) {
          return member.hasAnnotation(EmbeddedJson.class) ? null : super.findSerializer(member);
        }
      });

  private CodePayJson() {}

  /** Writes the value an {@link EmbeddedJson} member holds. */
  static String writeNested(Object value) throws JsonProcessingException {
    return NESTED.writeValueAsString(value);
  }

  /** The shared, thread-safe mapper. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * A value's text as it is written on the wire and as it enters the canonical string: a string's unescaped
   * content, a number as written by this mapper, {@code true}/{@code false}, a container as compact JSON, and
   * {@code null} for JSON null.
   */
  public static String wireText(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return null;
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isBigDecimal()) {
      return value.decimalValue().toPlainString();
    }
    if (value.isValueNode()) {
      return value.asText();
    }
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree could not be written", e);
    }
  }
}
