package org.codepaygen.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a value as a string holding its compact JSON, in which nested models, lists and maps are plain JSON. See
 * {@link EmbeddedJson}.
 */
final class EmbeddedJsonSerializer extends StdSerializer<Object> {
  EmbeddedJsonSerializer() {
    super(Object.class);
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(CodePayJson.writeNested(value));
  }
}
