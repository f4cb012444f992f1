package org.codepaygen.runtime.signing;

import java.util.Map;
import java.util.TreeMap;

/**
 * The string CodePay signs (protocol §1): every top-level member except {@code sign} (any case) and members whose
 * value is JSON null or the empty string, as {@code key=value} sorted by key in {@link String#compareTo} order and
 * joined with {@code &}. Values are their text exactly as on the wire, so callers pass texts, not objects.
 */
public final class CanonicalForm {
  private CanonicalForm() {}

  /**
   * Builds the string to sign.
   *
   * @param wireTexts each top-level member's value as text on the wire; {@code null} for a JSON null
   */
  public static String of(Map<String, String> wireTexts) {
    TreeMap<String, String> signed = new TreeMap<>();
    wireTexts.forEach(
        (key, text) -> {
          if (text != null && !text.isEmpty() && !key.equalsIgnoreCase("sign")) {
            signed.put(key, text);
          }
        });
    StringBuilder canonical = new StringBuilder(256);
    signed.forEach(
        (key, text) -> {
          if (canonical.length() > 0) {
            canonical.append('&');
          }
          canonical.append(key).append('=').append(text);
        });
    return canonical.toString();
  }
}
