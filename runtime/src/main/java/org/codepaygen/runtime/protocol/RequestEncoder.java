package org.codepaygen.runtime.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.codepaygen.runtime.error.CodePayException;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.signing.CanonicalForm;
import org.codepaygen.runtime.signing.RequestSigner;

/**
 * Turns a business model into the signed bytes that are sent: the JSON tree is built once, the envelope added, the
 * canonical string taken from that same tree, the signature added, and that tree written. What is signed is
 * therefore exactly what is sent. Members holding an empty string are dropped, as protocol §1 decides.
 */
public final class RequestEncoder {
  private final Envelope envelope;
  private final RequestSigner signer;

  /** Adds {@code envelope} to every body and signs it with {@code signer}. */
  public RequestEncoder(Envelope envelope, RequestSigner signer) {
    this.envelope = envelope;
    this.signer = signer;
  }

  /** The signed JSON body calling {@code method} with {@code model}'s members. */
  public byte[] encode(String method, Object model) {
    JsonNode tree = toTree(model);
    if (!(tree instanceof ObjectNode body)) {
      throw new IllegalArgumentException(
          "The body of " + method + " must be a JSON object, but " + model.getClass().getName() + " is not");
    }
    // Protocol §1: an empty string is never sent; the gateway would not sign it either.
    body.properties().removeIf(member -> member.getValue().isTextual() && member.getValue().textValue().isEmpty());
    envelope.addTo(body, method);
    body.put("sign", signer.sign(CanonicalForm.of(wireTexts(body))));
    try {
      return CodePayJson.mapper().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree could not be written", e);
    }
  }

  /**
   * The signed text fields of a multipart request (protocol §2): the envelope for {@code method}, the given
   * business fields and {@code sign} over all of them, in that order.
   */
  public Map<String, String> encodeFormFields(String method, Map<String, String> business) {
    ObjectNode body = CodePayJson.mapper().createObjectNode();
    business.forEach(body::put);
    envelope.addTo(body, method);
    Map<String, String> fields = wireTexts(body);
    fields.put("sign", signer.sign(CanonicalForm.of(fields)));
    return fields;
  }

  private static JsonNode toTree(Object model) {
    try {
      return CodePayJson.mapper().valueToTree(model);
    } catch (IllegalArgumentException e) {
      // Jackson wraps what serializers throw; a broken rule must reach the caller as itself.
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof CodePayException codePay) {
          throw codePay;
        }
      }
      throw e;
    }
  }

  private static Map<String, String> wireTexts(ObjectNode body) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      texts.put(member.getKey(), CodePayJson.wireText(member.getValue()));
    }
    return texts;
  }
}
