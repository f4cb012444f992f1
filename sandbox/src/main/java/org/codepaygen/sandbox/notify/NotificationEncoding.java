package org.codepaygen.sandbox.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.codepaygen.runtime.json.CodePayJson;

/**
 * How a notification's signed members are written into its body. The signature covers each member's text, which
 * is the same in both: a number keeps its literal text ({@code 34.50}) in a form value too.
 */
public enum NotificationEncoding {
  /** A flat JSON object, what the gateway sends (protocol §11). */
  JSON("application/json; charset=UTF-8"),
  /** The same members as {@code application/x-www-form-urlencoded}, UTF-8. */
  FORM("application/x-www-form-urlencoded");

  private final String contentType;

  NotificationEncoding(String contentType) {
    this.contentType = contentType;
  }

  /** The {@code Content-Type} the body is sent with. */
  public String contentType() {
    return contentType;
  }

  /** The body for {@code signed}, whose members are all strings or numbers (see {@code TransactionFields}). */
  public String encode(ObjectNode signed) {
    if (this == JSON) {
      try {
        return CodePayJson.mapper().writeValueAsString(signed);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("A notification could not be written", e);
      }
    }
    StringJoiner form = new StringJoiner("&");
    signed.properties().forEach(member -> form.add(URLEncoder.encode(member.getKey(), StandardCharsets.UTF_8)
        + "=" + URLEncoder.encode(CodePayJson.wireText(member.getValue()), StandardCharsets.UTF_8)));
    return form.toString();
  }
}
