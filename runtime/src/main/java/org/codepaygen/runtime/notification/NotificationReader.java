package org.codepaygen.runtime.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.codepaygen.runtime.error.MalformedNotificationException;
import org.codepaygen.runtime.error.NotificationException;
import org.codepaygen.runtime.error.NotificationSignatureException;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.json.WireMembers;
import org.codepaygen.runtime.signing.CanonicalForm;
import org.codepaygen.runtime.signing.SignatureVerifier;

/**
 * Reads and verifies the notifications the gateway POSTs to a {@code notify_url} (protocol §6 and §11), in this
 * order: a body over the limit is refused unread; the {@code Content-Type} must be {@code application/json} or
 * {@code application/x-www-form-urlencoded} (UTF-8); the body must be UTF-8 and one flat object whose member names
 * are unique; its {@code sign} must verify with the gateway public key over <em>every</em> received member (numbers
 * as written, members unknown today included); it must name its {@code trans_no} and {@code trans_status}. Only
 * then is anything in it returned. Thread-safe; make one and share it.
 */
public final class NotificationReader {
  /** The protocol's limit: bodies above 64 KiB are refused unread. */
  public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
  /** Longer keys would not fit a store's column; real trans_no values have about 20 characters. */
  private static final int MAX_KEY_MEMBER_LENGTH = 64;
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

  private final SignatureVerifier verifier;
  private final int maxBodyBytes;

  /** Verifies with {@code gatewayPublicKey} and refuses bodies over {@value #DEFAULT_MAX_BODY_BYTES} bytes. */
  public NotificationReader(PublicKey gatewayPublicKey) {
    this(gatewayPublicKey, DEFAULT_MAX_BODY_BYTES);
  }

  /** Verifies with {@code gatewayPublicKey} and refuses bodies over {@code maxBodyBytes} bytes. */
  public NotificationReader(PublicKey gatewayPublicKey, int maxBodyBytes) {
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
    }
    this.verifier = new SignatureVerifier(gatewayPublicKey);
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * Reads at most the limit from {@code body} and verifies it. A {@code declaredLength} over the limit is refused
   * without reading anything.
   *
   * @param declaredLength the request's {@code Content-Length}, or -1 when it has none
   * @throws IOException when the stream fails before its end
   * @throws NotificationException when the notification is refused
   */
  public VerifiedNotification read(InputStream body, long declaredLength, String contentType) throws IOException {
    if (declaredLength > maxBodyBytes) {
      throw tooLarge();
    }
    byte[] bytes = body.readNBytes(maxBodyBytes + 1);
    return read(bytes, contentType);
  }

  /**
   * Verifies a whole body.
   *
   * @throws NotificationException when the notification is refused
   */
  public VerifiedNotification read(byte[] body, String contentType) {
    if (body.length > maxBodyBytes) {
      throw tooLarge();
    }
    boolean form = isForm(contentType);
    if (body.length == 0) {
      throw new MalformedNotificationException("it is empty", 400);
    }
    String text = StrictUtf8.decode(body, "it is not valid UTF-8");
    Map<String, String> texts;
    ObjectNode tree = CodePayJson.mapper().createObjectNode();
    if (form) {
      texts = FormMembers.parse(text);
      texts.forEach(tree::put);
    } else {
      texts = jsonMembers(body, tree);
    }
    verify(texts);
    texts.remove("sign");
    tree.remove("sign");
    String transNo = required(texts, "trans_no");
    String transStatus = required(texts, "trans_status");
    return new VerifiedNotification(texts, tree, transNo, transStatus);
  }

  private void verify(Map<String, String> texts) {
    for (String name : texts.keySet()) {
      // CanonicalForm leaves out every member named sign in any case, so only the exact one may be present.
      if (name.equalsIgnoreCase("sign") && !name.equals("sign")) {
        throw new MalformedNotificationException(
            "it has a member " + Quoted.name(name) + "; only 'sign' may carry the signature", 400);
      }
    }
    String sign = texts.get("sign");
    if (sign == null || sign.isEmpty()) {
      throw new NotificationSignatureException("it has no sign");
    }
    if (!verifier.verify(CanonicalForm.of(texts), sign)) {
      throw new NotificationSignatureException(
          "its sign does not verify with the gateway public key over the members received");
    }
  }

  private static Map<String, String> jsonMembers(byte[] body, ObjectNode tree) {
    WireMembers members;
    try {
      members = WireMembers.parse(body);
    } catch (JsonProcessingException e) {
      Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
      // Jackson's own message is not quoted: it can contain a piece of the body.
      throw new MalformedNotificationException(duplicate.find()
          ? "member " + Quoted.name(duplicate.group(1)) + " appears twice"
          : "it is not one complete JSON object", 400);
    } catch (IOException | RuntimeException e) {
      throw new MalformedNotificationException("it is not one complete JSON object", 400);
    }
    Map<String, String> texts = new LinkedHashMap<>();
    members.wireTexts().forEach((name, text) -> {
      JsonNode value = members.value(name);
      if (value.isContainerNode()) {
        throw new MalformedNotificationException("member " + Quoted.name(name) + " is "
            + (value.isArray() ? "an array" : "an object") + "; a notification is one flat object", 400);
      }
      texts.put(name, text);
      tree.set(name, value);
    });
    return texts;
  }

  private static String required(Map<String, String> texts, String name) {
    String value = texts.get(name);
    if (value == null || value.isEmpty()) {
      throw new MalformedNotificationException("it has no " + name, 400);
    }
    if (value.length() > MAX_KEY_MEMBER_LENGTH) {
      throw new MalformedNotificationException(
          "its " + name + " is longer than " + MAX_KEY_MEMBER_LENGTH + " characters", 400);
    }
    return value;
  }

  /** Whether the body is form-encoded; refuses media types other than JSON and form, and charsets but UTF-8. */
  private static boolean isForm(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      throw unsupported("it has no Content-Type");
    }
    String[] parts = contentType.split(";");
    String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].strip().split("=", 2);
      if (parameter[0].equalsIgnoreCase("charset")
          && !(parameter.length == 2 && parameter[1].replace("\"", "").strip().equalsIgnoreCase("utf-8"))) {
        throw unsupported("its Content-Type names a charset other than UTF-8");
      }
    }
    return switch (mediaType) {
      case "application/json" -> false;
      case "application/x-www-form-urlencoded" -> true;
      default -> throw unsupported("its Content-Type is " + Quoted.name(mediaType)
          + ", not application/json or application/x-www-form-urlencoded");
    };
  }

  private MalformedNotificationException tooLarge() {
    return new MalformedNotificationException("it is larger than the limit of " + maxBodyBytes + " bytes", 413);
  }

  private static MalformedNotificationException unsupported(String problem) {
    return new MalformedNotificationException(problem, 415);
  }

  @Override
  public String toString() {
    return "NotificationReader[max " + maxBodyBytes + " bytes]";
  }
}
