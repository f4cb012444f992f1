package org.codepaygen.sandbox.http;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.codepaygen.sandbox.gateway.ErrorCode;
import org.codepaygen.sandbox.gateway.GatewayException;

/**
 * A {@code multipart/form-data} body (RFC 7578) as the upload endpoint takes it: text parts, which are signed, and
 * the one binary part {@code file_data}. Written here rather than pulled in because the need is this small: parts
 * are split on the CRLF-prefixed boundary, each part's {@code Content-Disposition} gives its name, and anything
 * ambiguous (a repeated name, a missing closing boundary, malformed UTF-8 in a text part) is refused.
 *
 * @param texts the text parts by name, in order
 * @param file the bytes of {@code file_data}, or {@code null} when it was not sent
 */
record Multipart(Map<String, String> texts, byte[] file) {
  static final String FILE_PART = "file_data";
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

  static Multipart parse(byte[] body, String boundary) throws GatewayException {
    if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
      throw new GatewayException(ErrorCode.UNSUPPORTED_CONTENT_TYPE, "multipart boundary");
    }
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    byte[] separator = concat(CRLF, delimiter);
    int position = indexOf(body, delimiter, 0);
    if (position < 0) {
      throw malformed();
    }
    position += delimiter.length;
    Map<String, String> texts = new LinkedHashMap<>();
    byte[] file = null;
    while (!startsWith(body, position, new byte[] {'-', '-'})) {
      if (!startsWith(body, position, CRLF)) {
        throw malformed();
      }
      int headersStart = position + CRLF.length;
      int headersEnd = indexOf(body, HEADER_END, headersStart);
      if (headersEnd < 0) {
        throw malformed();
      }
      int contentStart = headersEnd + HEADER_END.length;
      int contentEnd = indexOf(body, separator, contentStart);
      if (contentEnd < 0) {
        throw malformed();
      }
      Disposition disposition = Disposition.of(
          new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8));
      byte[] content = Arrays.copyOfRange(body, contentStart, contentEnd);
      if (disposition.name().equals(FILE_PART)) {
        if (file != null) {
          throw malformed();
        }
        file = content;
      } else if (disposition.isFile() || texts.put(disposition.name(), utf8(content)) != null) {
        throw malformed();
      }
      position = contentEnd + separator.length;
    }
    return new Multipart(texts, file);
  }

  /** The {@code name} and whether a {@code filename} was given, from a part's headers. */
  private record Disposition(String name, boolean isFile) {
    static Disposition of(String headers) throws GatewayException {
      for (String line : headers.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Content-Disposition")) {
          String name = null;
          boolean isFile = false;
          for (String parameter : line.substring(colon + 1).split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            String key = pair[0].strip().toLowerCase(Locale.ROOT);
            if (key.equals("name") && pair.length == 2) {
              name = unquote(pair[1].strip());
            } else if (key.equals("filename")) {
              isFile = true;
            }
          }
          if (name == null || name.isEmpty()) {
            throw malformed();
          }
          return new Disposition(name, isFile);
        }
      }
      throw malformed();
    }

    private static String unquote(String value) {
      return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
          ? value.substring(1, value.length() - 1)
          : value;
    }
  }

  private static String utf8(byte[] content) throws GatewayException {
    try {
      return StrictUtf8.decode(content);
    } catch (CharacterCodingException e) {
      throw malformed();
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    for (int i = from; i <= haystack.length - needle.length; i++) {
      if (startsWith(haystack, i, needle)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] haystack, int at, byte[] prefix) {
    if (at < 0 || at + prefix.length > haystack.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (haystack[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] joined = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, joined, first.length, second.length);
    return joined;
  }

  private static GatewayException malformed() {
    return new GatewayException(ErrorCode.MALFORMED_BODY, "multipart body");
  }
}
