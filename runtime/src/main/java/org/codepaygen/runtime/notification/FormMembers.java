package org.codepaygen.runtime.notification;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.codepaygen.runtime.error.MalformedNotificationException;

/**
 * Decodes an {@code application/x-www-form-urlencoded} body strictly: {@code +} is a space, {@code %XX} a byte, the
 * bytes of each name and value must be UTF-8, and no name may appear twice. {@code java.net.URLDecoder} is not used
 * because it replaces bad UTF-8 silently, and a replaced character would change what the signature covers.
 */
final class FormMembers {
  private FormMembers() {}

  /** The members in the order received; {@code ascii} is the body, already checked to be UTF-8. */
  static Map<String, String> parse(String ascii) {
    Map<String, String> members = new LinkedHashMap<>();
    for (String pair : ascii.split("&", -1)) {
      if (pair.isEmpty()) {
        throw malformed("it has an empty form field");
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      if (members.putIfAbsent(name, value) != null) {
        throw malformed("member " + Quoted.name(name) + " appears twice");
      }
    }
    return members;
  }

  private static String decode(String encoded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        if (i + 2 >= encoded.length()) {
          throw malformed("it has a cut-off %-escape");
        }
        int high = Character.digit(encoded.charAt(i + 1), 16);
        int low = Character.digit(encoded.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          throw malformed("it has a %-escape that is not two hex digits");
        }
        bytes.write(high << 4 | low);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        throw malformed("it has characters outside ASCII that are not %-escaped");
      }
    }
    return StrictUtf8.decode(bytes.toByteArray(), "a %-escaped value is not valid UTF-8 (form encoding)");
  }

  private static MalformedNotificationException malformed(String problem) {
    return new MalformedNotificationException(problem + " (form encoding)", 400);
  }
}
