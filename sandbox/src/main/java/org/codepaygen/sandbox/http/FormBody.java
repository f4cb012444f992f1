package org.codepaygen.sandbox.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.codepaygen.sandbox.gateway.ErrorCode;
import org.codepaygen.sandbox.gateway.GatewayException;

/**
 * An {@code application/x-www-form-urlencoded} body, as CodePay's own Java SDK sends it. Strict where a lenient
 * decoder would let the signed and the used text differ: a bad escape, malformed UTF-8 or a repeated name is
 * refused rather than guessed at.
 */
final class FormBody {
  private FormBody() {}

  static Map<String, String> parse(byte[] body) throws GatewayException {
    Map<String, String> members = new LinkedHashMap<>();
    String text = new String(body, StandardCharsets.ISO_8859_1);
    if (text.isEmpty()) {
      return members;
    }
    for (String pair : text.split("&", -1)) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw malformed();
      }
      String name = decode(pair.substring(0, equals));
      if (members.put(name, decode(pair.substring(equals + 1))) != null) {
        throw malformed();
      }
    }
    return members;
  }

  private static String decode(String encoded) throws GatewayException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        if (i + 2 >= encoded.length()) {
          throw malformed();
        }
        int high = Character.digit(encoded.charAt(i + 1), 16);
        int low = Character.digit(encoded.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          throw malformed();
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c > 0x7f) {
        throw malformed();
      } else {
        bytes.write(c);
      }
    }
    try {
      return StrictUtf8.decode(bytes.toByteArray());
    } catch (CharacterCodingException e) {
      throw malformed();
    }
  }

  private static GatewayException malformed() {
    return new GatewayException(ErrorCode.MALFORMED_BODY, "form encoding");
  }
}
