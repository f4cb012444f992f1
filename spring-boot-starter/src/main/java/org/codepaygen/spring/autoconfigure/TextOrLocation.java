package org.codepaygen.spring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads a key or certificate property that holds either the text itself or where to find it. Text is recognised
 * first (a PEM header, or Base64 long enough to be a key), so that a key's content is never treated as a location
 * and so never echoed in an error as if it were one.
 */
final class TextOrLocation {
  /** A 2048-bit RSA public key alone is about 390 Base64 characters; no file name is this long and pure Base64. */
  private static final int MIN_BASE64_TEXT = 256;
  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=\\s]+");
  private static final int MAX_LOCATION = 255;
  /** Base64 of 16 bytes, the shortest AES key: shorter values are taken as locations. */
  private static final int MIN_AES_TEXT = 24;
  private static final Pattern PADDED_BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");

  private TextOrLocation() {}

  /**
   * The text of {@code value}, read from its location when it is one.
   *
   * @param property the property's full name, for errors
   * @throws CodePayPropertyException when the location cannot be read
   */
  static String read(String property, String value, ResourceLoader loader) {
    return read(property, value, loader, TextOrLocation::isText,
        "key text (PEM, or Base64 of at least " + MIN_BASE64_TEXT + " characters)");
  }

  /**
   * As {@link #read(String, String, ResourceLoader)}, for a value whose text {@code isText} recognises.
   *
   * @param textDescription what the text looks like, for errors
   */
  static String read(String property, String value, ResourceLoader loader, Predicate<String> isText,
      String textDescription) {
    String trimmed = value.strip();
    if (isText.test(trimmed)) {
      return trimmed;
    }
    if (trimmed.length() > MAX_LOCATION) {
      throw new CodePayPropertyException(property, "is neither " + textDescription + " nor a resource location", null);
    }
    Resource resource = loader.getResource(trimmed);
    if (!resource.exists()) {
      // Only Base64 characters may be a cut-off key: then the value is not repeated.
      String what = BASE64.matcher(trimmed).matches()
          ? "is neither " + textDescription + " nor an existing location"
          : "names " + trimmed + ", which does not exist";
      throw new CodePayPropertyException(property, what + " (give a location such as file:/path/key.pem or "
          + "classpath:key.pem, or the key text itself)", null);
    }
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new CodePayPropertyException(property, "names " + trimmed + ", which cannot be read", e);
    }
  }

  /**
   * Padded standard Base64 of at least 16 bytes is an AES key (to be checked for its length), not a location: no
   * location is made of Base64 characters only, in fours, and this long.
   */
  static boolean isAesKeyText(String value) {
    return value.length() >= MIN_AES_TEXT && value.length() % 4 == 0 && PADDED_BASE64.matcher(value).matches();
  }

  static boolean isText(String value) {
    return value.contains("-----BEGIN")
        || (value.length() >= MIN_BASE64_TEXT && BASE64.matcher(value).matches());
  }
}
