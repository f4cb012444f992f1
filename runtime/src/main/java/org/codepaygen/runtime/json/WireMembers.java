package org.codepaygen.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The top-level members of a received JSON object, each kept twice: as a tree for decoding and as its text exactly
 * as it was on the wire for signature checks. A number keeps its literal token ({@code 34.50}, {@code 1e3}); a
 * nested object or array becomes compact JSON.
 */
public final class WireMembers {
  private final Map<String, JsonNode> values;
  private final Map<String, String> wireTexts;

  private WireMembers(Map<String, JsonNode> values, Map<String, String> wireTexts) {
    this.values = values;
    this.wireTexts = wireTexts;
  }

  /**
   * Reads one JSON object from {@code body}.
   *
   * @throws IOException when the body is not exactly one JSON object, or repeats a member name
   */
  public static WireMembers parse(byte[] body) throws IOException {
    try (JsonParser parser = CodePayJson.mapper().createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("the body is not a JSON object");
      }
      Map<String, JsonNode> values = new LinkedHashMap<>();
      Map<String, String> texts = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken token = parser.nextToken();
        JsonNode value;
        String text;
        switch (token) {
          case VALUE_NUMBER_INT -> {
            text = parser.getText();
            value = JsonNodeFactory.instance.numberNode(parser.getBigIntegerValue());
          }
          case VALUE_NUMBER_FLOAT -> {
            text = parser.getText();
            value = DecimalNode.valueOf(parser.getDecimalValue());
          }
          case VALUE_STRING -> {
            text = parser.getText();
            value = JsonNodeFactory.instance.textNode(text);
          }
          default -> {
            value = CodePayJson.mapper().readTree(parser);
            text = CodePayJson.wireText(value);
          }
        }
        values.put(name, value);
        texts.put(name, text);
      }
      if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
        throw new IOException("the body has content after its JSON object");
      }
      return new WireMembers(Collections.unmodifiableMap(values), Collections.unmodifiableMap(texts));
    }
  }

  /** The member's value, or {@code null} when absent. A JSON null is a {@code NullNode}. */
  public JsonNode value(String name) {
    return values.get(name);
  }

  /** The member's text for signing (see {@link CodePayJson#wireText}), or {@code null} when absent or null. */
  public String text(String name) {
    return wireTexts.get(name);
  }

  /** Every member's wire text, in the order received. */
  public Map<String, String> wireTexts() {
    return wireTexts;
  }
}
