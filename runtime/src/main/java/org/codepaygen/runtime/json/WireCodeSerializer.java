package org.codepaygen.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import org.codepaygen.runtime.error.ValidationException;

/** Writes an enum constant as its wire code: digits as a JSON number, anything else as a string. */
final class WireCodeSerializer extends StdScalarSerializer<Enum<?>> {
  @SuppressWarnings({"unchecked", "rawtypes"})
  WireCodeSerializer() {
    super((Class) Enum.class);
  }

  @Override
  public void serialize(Enum<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    WireCodes codes = WireCodes.of(value.getDeclaringClass());
    String code = codes.codeOf(value);
    if (code == null) {
      throw new ValidationException(
          value.getDeclaringClass().getSimpleName(), value.name(), "KNOWN_CODE",
          "stands for a code this client does not know and cannot be sent");
    }
    if (WireCodes.isNumeric(code)) {
      gen.writeNumber(code);
    } else {
      gen.writeString(code);
    }
  }
}
