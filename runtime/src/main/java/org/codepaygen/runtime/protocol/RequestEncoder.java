package org.codepaygen.runtime.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.codepaygen.runtime.FileData;
import org.codepaygen.runtime.card.CardDetails;
import org.codepaygen.runtime.card.CardEncryption;
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
  private static final String ENC_TYPE = "enc_type";

  private final Envelope envelope;
  private final RequestSigner signer;
  private final CardEncryption cardEncryption;
  private final Clock clock;

  /**
   * Adds {@code envelope} to every body and signs it with {@code signer}; with a {@code null} signer (HTTP Basic
   * authentication, protocol §10) requests carry {@code sign_type=NONE} and no {@code sign}. Refuses models
   * carrying card details.
   */
  public RequestEncoder(Envelope envelope, RequestSigner signer) {
    this(envelope, signer, null, Clock.systemUTC());
  }

  /**
   * Like {@link #RequestEncoder(Envelope, RequestSigner)}, and encrypts a top-level {@link CardDetails} member with
   * {@code cardEncryption} (its expiry checked against {@code clock}), adding {@code enc_type} beside it; a
   * {@code null} {@code cardEncryption} refuses card details.
   */
  public RequestEncoder(Envelope envelope, RequestSigner signer, CardEncryption cardEncryption, Clock clock) {
    this.envelope = signer == null ? envelope.unsigned() : envelope;
    this.signer = signer;
    this.cardEncryption = cardEncryption;
    this.clock = clock;
  }

  /** The request calling {@code method} with {@code model}'s members, signed; see {@link SignedRequest}. */
  public SignedRequest sign(String method, Object model) {
    JsonNode tree = toTree(model);
    if (!(tree instanceof ObjectNode body)) {
      throw new IllegalArgumentException(
          "The body of " + method + " must be a JSON object, but " + model.getClass().getName() + " is not");
    }
    encryptCards(method, body);
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

  /**
   * Replaces each card member, which the tree holds as the {@link CardDetails} object itself, by its ciphertext
   * (protocol §9), and sets {@code enc_type} to the mode used. The card details are destroyed either way.
   */
  private void encryptCards(String method, ObjectNode body) {
    for (Map.Entry<String, JsonNode> member : body.properties()) {
      if (member.getValue() instanceof POJONode pojo && pojo.getPojo() instanceof CardDetails card) {
        if (cardEncryption == null) {
          card.destroy();
          throw new IllegalStateException(method + " carries card details, but this encoder has no card encryption");
        }
        if (body.has(ENC_TYPE)) {
          card.destroy();
          throw new IllegalArgumentException(
              method + ": enc_type is set by the client when it encrypts the card; remove it from the model");
        }
        member.setValue(TextNode.valueOf(cardEncryption.encrypt(card, clock)));
        body.put(ENC_TYPE, cardEncryption.encType());
        return;
      }
    }
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
