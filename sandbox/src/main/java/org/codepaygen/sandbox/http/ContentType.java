package org.codepaygen.sandbox.http;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A {@code Content-Type} header: the media type in lower case and its parameters (names in lower case). */
record ContentType(String mediaType, Map<String, String> parameters) {
  static ContentType parse(String header) {
    if (header == null) {
      return new ContentType("", Map.of());
    }
    String[] parts = header.split(";");
    Map<String, String> parameters = new HashMap<>();
    for (int i = 1; i < parts.length; i++) {
      int equals = parts[i].indexOf('=');
      if (equals > 0) {
        String value = parts[i].substring(equals + 1).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        parameters.put(parts[i].substring(0, equals).strip().toLowerCase(Locale.ROOT), value);
      }
    }
    return new ContentType(parts[0].strip().toLowerCase(Locale.ROOT), Map.copyOf(parameters));
  }

  /** Whether the charset is absent or UTF-8: the only encoding CodePay speaks. */
  boolean isUtf8OrUnspecified() {
    String charset = parameters.get("charset");
    return charset == null || charset.equalsIgnoreCase("UTF-8");
  }
}
