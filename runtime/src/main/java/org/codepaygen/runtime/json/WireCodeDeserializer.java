package org.codepaygen.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Reads an enum from its wire code, as a JSON string or number. A code the enum does not list becomes its
 * {@link org.codepaygen.annotations.UnknownCode} constant, so new gateway codes never break decoding.
 */
final class WireCodeDeserializer extends StdScalarDeserializer<Object> {
  private final Class<?> enumType;

  WireCodeDeserializer(Class<?> enumType) {
    super(enumType);
    this.enumType = enumType;
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String code = p.getValueAsString();
    if (code == null || code.isEmpty()) {
      return null;
    }
    Enum<?> constant = WireCodes.of(enumType).constantOf(code);
    if (constant == null) {
      return ctxt.handleWeirdStringValue(enumType, code, "not a known code and the enum has no @UnknownCode constant");
    }
    return constant;
  }
}
