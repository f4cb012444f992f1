package org.codepaygen.runtime.rules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.codepaygen.runtime.error.ValidationException;

/**
 * CodePay's formatting rules as checks the generated models call while they are built. Each check passes
 * {@code null} through (whether a property may be absent is the builder's concern) and otherwise returns the value
 * or throws a {@link ValidationException} naming the model, the property and the rule.
 *
 * <p>Lengths count characters. Since only Basic Multilingual Plane characters are accepted, one character is one
 * UTF-16 code unit and one code point, and takes 1 to 3 bytes in UTF-8.
 */
public final class Rules {
  private Rules() {}

  /** Fails with rule REQUIRED, listing every missing property at once, when {@code missing} is not empty. */
  public static void requirePresent(String model, List<String> missing) {
    if (!missing.isEmpty()) {
      throw new ValidationException(
          model, String.join(", ", missing), "REQUIRED", "no value was set; these properties are required");
    }
  }

  /** Checks that every character is in the Basic Multilingual Plane: no supplementary character, no lone surrogate. */
  public static String checkText(String model, String property, String value) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!Character.isSurrogate(c)) {
        continue;
      }
      boolean pair =
          Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
      String found = pair
          ? String.format("U+%X, a character outside the Basic Multilingual Plane (such as an emoji),",
              value.codePointAt(i))
          : String.format("a lone surrogate U+%04X", (int) c);
      throw new ValidationException(
          model,
          property,
          "BMP_ONLY",
          "found " + found + " at index " + i
              + "; CodePay accepts only characters of 1 to 3 UTF-8 bytes");
    }
    return value;
  }

  /** Checks the BMP rule, then that the text has at most {@code maxLength} characters. */
  public static String checkText(String model, String property, String value, int maxLength) {
    checkText(model, property, value);
    if (value != null && value.length() > maxLength) {
      throw new ValidationException(
          model, property, "MAX_LENGTH",
          "has " + value.length() + " characters; at most " + maxLength + " are allowed");
    }
    return value;
  }

  /** Checks the BMP rule, then that the whole text matches {@code pattern}. */
  public static String checkText(String model, String property, String value, Pattern pattern) {
    checkText(model, property, value);
    return checkPattern(model, property, value, pattern);
  }

  /** Checks the BMP rule, the length, then the pattern. */
  public static String checkText(String model, String property, String value, int maxLength, Pattern pattern) {
    checkText(model, property, value, maxLength);
    return checkPattern(model, property, value, pattern);
  }

  /** Checks that a UTC date-time has whole seconds, since CodePay's format cannot carry fractions. */
  public static LocalDateTime checkDateTime(String model, String property, LocalDateTime value) {
    if (value != null && value.getNano() != 0) {
      throw fractionalSeconds(model, property);
    }
    return value;
  }

  /** Checks that an instant has whole seconds, since CodePay's format cannot carry fractions. */
  public static Instant checkDateTime(String model, String property, Instant value) {
    if (value != null && value.getNano() != 0) {
      throw fractionalSeconds(model, property);
    }
    return value;
  }

  /**
   * Checks a list of values that carry no rule of their own (numbers): returns an unmodifiable copy, or fails with
   * rule NULL_ITEM on a {@code null} item, since JSON arrays of CodePay carry none.
   */
  public static <T> List<T> checkList(String model, String property, List<T> value) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.size(); i++) {
      if (value.get(i) == null) {
        throw nullItem(model, property, "item " + i);
      }
    }
    return List.copyOf(value);
  }

  /** As {@link #checkList}, and every item must pass the BMP rule; it is named {@code property[i]}. */
  public static List<String> checkTextList(String model, String property, List<String> value) {
    List<String> copy = checkList(model, property, value);
    if (copy != null) {
      for (int i = 0; i < copy.size(); i++) {
        checkText(model, property + "[" + i + "]", copy.get(i));
      }
    }
    return copy;
  }

  /**
   * Checks a map of texts: no {@code null} key or value (rule NULL_ITEM), and every key and value passes the BMP rule
   * (a value is named {@code property[key]}). Returns an unmodifiable copy that keeps the map's order, so the JSON
   * sent is the same for the same map.
   */
  public static Map<String, String> checkTextMap(String model, String property, Map<String, String> value) {
    if (value == null) {
      return null;
    }
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : value.entrySet()) {
      if (entry.getKey() == null) {
        throw nullItem(model, property, "a key");
      }
      checkText(model, property + " key", entry.getKey());
      if (entry.getValue() == null) {
        throw nullItem(model, property, "the value of key " + entry.getKey());
      }
      checkText(model, property + "[" + entry.getKey() + "]", entry.getValue());
      copy.put(entry.getKey(), entry.getValue());
    }
    return Collections.unmodifiableMap(copy);
  }

  private static ValidationException nullItem(String model, String property, String which) {
    return new ValidationException(model, property, "NULL_ITEM", which + " is null; leave it out instead");
  }

  private static String checkPattern(String model, String property, String value, Pattern pattern) {
    if (value != null && !pattern.matcher(value).matches()) {
      throw new ValidationException(
          model, property, "PATTERN", "does not match the pattern " + pattern.pattern());
    }
    return value;
  }

  private static ValidationException fractionalSeconds(String model, String property) {
    return new ValidationException(
        model, property, "WHOLE_SECONDS",
        "has fractions of a second, which CodePay's yyyy-MM-dd HH:mm:ss cannot carry;"
            + " use truncatedTo(ChronoUnit.SECONDS)");
  }
}
