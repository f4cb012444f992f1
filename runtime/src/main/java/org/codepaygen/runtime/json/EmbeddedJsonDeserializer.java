package org.codepaygen.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;

/** Reads a value that arrives as a JSON-encoded string, or as plain JSON. See {@link EmbeddedJson}. */
final class EmbeddedJsonDeserializer extends JsonDeserializer<Object> implements ContextualDeserializer {
  private final JavaType type;

  EmbeddedJsonDeserializer() {
    this(null);
  }

  private EmbeddedJsonDeserializer(JavaType type) {
    this.type = type;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
    return new EmbeddedJsonDeserializer(property.getType());
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return ctxt.readValue(p, type);
    }
    String json = p.getText();
    return json.isEmpty() ? null : CodePayJson.mapper().readValue(json, type);
  }
}
