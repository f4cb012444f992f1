package org.codepaygen.cli.signing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.codepaygen.cli.Refused;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.json.WireMembers;
import org.codepaygen.runtime.signing.CanonicalForm;

/** A JSON body read for signing or verifying: its bytes as given, its members as on the wire, its canonical string. */
final class SignedBody {
  private final byte[] bytes;
  private final WireMembers members;

  private SignedBody(byte[] bytes, WireMembers members) {
    this.bytes = bytes;
    this.members = members;
  }

  /**
   * @throws Refused when the bytes are not one JSON object
   */
  static SignedBody parse(byte[] bytes) {
    try {
      return new SignedBody(bytes, WireMembers.parse(bytes));
    } catch (IOException | RuntimeException e) {
      throw new Refused("the body is not one JSON object: " + e.getMessage());
    }
  }

  /** The string CodePay signs: members but {@code sign}, empty and null ones, sorted, joined by {@code &}. */
  String canonical() {
    return CanonicalForm.of(members.wireTexts());
  }

  /** The {@code sign} member's text, or {@code null}. */
  String sign() {
    return members.text("sign");
  }

  /**
   * The body with {@code "sign":"..."} added as its last member and every other byte as given.
   *
   * @throws Refused when the body has a {@code sign} member already
   */
  byte[] withSign(String sign) {
    if (members.wireTexts().keySet().stream().anyMatch(name -> name.equalsIgnoreCase("sign"))) {
      throw new Refused("the body has a sign member already; remove it to sign the body again");
    }
    int close = closingBrace();
    int end = close;
    while (end > 0 && isJsonWhitespace(bytes[end - 1])) {
      end--;
    }
    String member = (bytes[end - 1] == '{' ? "" : ",") + "\"sign\":\"" + sign + "\"";
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + member.length());
    out.write(bytes, 0, end);
    out.writeBytes(member.getBytes(StandardCharsets.US_ASCII));
    out.write(bytes, end, bytes.length - end);
    return out.toByteArray();
  }

  /** The offset of the root object's closing brace, which the parser saw when {@link #parse} succeeded. */
  private int closingBrace() {
    try (JsonParser parser = CodePayJson.mapper().createParser(bytes)) {
      parser.nextToken();
      parser.skipChildren();
      if (parser.currentToken() != JsonToken.END_OBJECT) {
        throw new IllegalStateException("a parsed body has no closing brace");
      }
      return Math.toIntExact(parser.currentTokenLocation().getByteOffset());
    } catch (IOException e) {
      throw new IllegalStateException("a parsed body no longer parses", e);
    }
  }

  private static boolean isJsonWhitespace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }
}
