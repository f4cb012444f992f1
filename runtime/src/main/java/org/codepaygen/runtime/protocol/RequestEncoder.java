package org.codepaygen.runtime.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.codepaygen.runtime.FileData;
import org.codepaygen.runtime.error.CodePayException;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.signing.CanonicalForm;
import org.codepaygen.runtime.signing.RequestSigner;

/**
 * Turns a business model into the signed bytes that are sent: the JSON tree is built once, the envelope added, the
 * canonical string taken from that same tree, the signature added, and that tree written. What is signed is
 * therefore exactly what is sent. Members holding an empty string are dropped, as protocol §1 decides. A model with a
 * {@link FileData} member becomes a multipart upload (protocol §2): its other members and {@code file_data_hash} are
 * the signed text parts, the file the binary part.
 */
public final class RequestEncoder {
  /** The member of an upload that carries its file's MD5 (protocol §2). */
  public static final String FILE_HASH = "file_data_hash";

  private final Envelope envelope;
  private final RequestSigner signer;

  /**
   * Adds {@code envelope} to every body and signs it with {@code signer}; with a {@code null} signer (HTTP Basic
   * authentication, protocol §10) requests carry {@code sign_type=NONE} and no {@code sign}.
   */
  public RequestEncoder(Envelope envelope, RequestSigner signer) {
    this.envelope = signer == null ? envelope.unsigned() : envelope;
    this.signer = signer;
  }

  /** The request calling {@code method} with {@code model}'s members, signed; see {@link SignedRequest}. */
  public SignedRequest sign(String method, Object model) {
    JsonNode tree = toTree(model);
    if (!(tree instanceof ObjectNode body)) {
      throw new IllegalArgumentException(
          "The body of " + method + " must be a JSON object, but " + model.getClass().getName() + " is not");
    }
    // Protocol §1: an empty string is never sent; the gateway would not sign it either.
    body.properties().removeIf(member -> member.getValue().isTextual() && member.getValue().textValue().isEmpty());
    String filePart = filePart(method, body);
    if (filePart == null) {
      envelope.addTo(body, method);
      if (signer != null) {
        body.put("sign", signer.sign(CanonicalForm.of(wireTexts(body))));
      }
      try {
        return new SignedRequest.Json(CodePayJson.mapper().writeValueAsBytes(body));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("A JSON tree could not be written", e);
      }
    }
    FileData file = (FileData) ((POJONode) body.remove(filePart)).getPojo();
    if (body.has(FILE_HASH)) {
      throw new IllegalArgumentException("The body of " + method + " sets " + FILE_HASH + "; the client computes it");
    }
    body.put(FILE_HASH, file.md5Hex());
    envelope.addTo(body, method);
    Map<String, String> fields = wireTexts(body);
    if (signer != null) {
      fields.put("sign", signer.sign(CanonicalForm.of(fields)));
    }
    return new SignedRequest.Multipart(fields, filePart, file);
  }

  /** The signed JSON body calling {@code method} with {@code model}'s members, which hold no file. */
  public byte[] encode(String method, Object model) {
    if (sign(method, model) instanceof SignedRequest.Json json) {
      return json.body();
    }
    throw new IllegalArgumentException("The body of " + method + " holds a file; send it as a multipart upload");
  }

  /** The name of the member holding the request's one {@link FileData}, or {@code null} when there is none. */
  private static String filePart(String method, ObjectNode body) {
    String found = null;
    for (Map.Entry<String, JsonNode> member : body.properties()) {
      if (member.getValue() instanceof POJONode pojo && pojo.getPojo() instanceof FileData) {
        if (found != null) {
          throw new IllegalArgumentException(
              "The body of " + method + " holds two files, " + found + " and " + member.getKey());
        }
        found = member.getKey();
      }
    }
    return found;
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
