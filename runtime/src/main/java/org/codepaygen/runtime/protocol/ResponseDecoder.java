package org.codepaygen.runtime.protocol;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.codepaygen.runtime.AnswerListener;
import org.codepaygen.runtime.VerifiedAnswer;
import org.codepaygen.runtime.error.CodePayException;
import org.codepaygen.runtime.error.GatewayErrorException;
import org.codepaygen.runtime.error.MalformedResponseException;
import org.codepaygen.runtime.error.ResponseSignatureException;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.json.WireMembers;
import org.codepaygen.runtime.signing.CanonicalForm;
import org.codepaygen.runtime.signing.SignatureVerifier;

/**
 * Reads a gateway answer {@code {code, msg, psn, sign, data}} (protocol §3), in this order: at most the size limit
 * is read; the body must be one JSON object; its {@code sign} must verify over all other top-level members as
 * received; {@code code} must be {@code "0"}; then {@code data}, a JSON-encoded string or an object, is decoded.
 * Nothing from an answer is returned or trusted before its signature is checked. The one exception is the decoder
 * of HTTP Basic authentication ({@link #forBasicAuth}), an explicit opt-in that checks only the answers that carry a
 * {@code sign}.
 */
public final class ResponseDecoder {
  private static final System.Logger LOG = System.getLogger("org.codepaygen.runtime");
  /** A {@code sign} member's value, closed or cut off, in the text of an answer. */
  private static final Pattern SIGN_VALUE = Pattern.compile("(?i)(\"sign\"\\s*:\\s*\")[^\"]*\"?");

  private static final JavaType JSON_TREE = CodePayJson.mapper().constructType(JsonNode.class);

  private final SignatureVerifier verifier;
  private final boolean signRequired;
  private final long maxBodyBytes;
  private final AnswerListener listener;

  /**
   * Verifies every answer with {@code verifier}, reads at most {@code maxBodyBytes} of each, and tells
   * {@code listener} about each verified one.
   */
  public ResponseDecoder(SignatureVerifier verifier, long maxBodyBytes, AnswerListener listener) {
    this(verifier, true, maxBodyBytes, listener);
  }

  private ResponseDecoder(SignatureVerifier verifier, boolean signRequired, long maxBodyBytes,
      AnswerListener listener) {
    this.verifier = verifier;
    this.signRequired = signRequired;
    this.maxBodyBytes = maxBodyBytes;
    this.listener = listener;
  }

  /**
   * The weaker decoder of HTTP Basic authentication (protocol §10): an answer without {@code sign} is accepted; one
   * with a {@code sign} must verify with {@code verifier}, or is accepted unverified when {@code verifier} is
   * {@code null} (no gateway key configured).
   */
  public static ResponseDecoder forBasicAuth(SignatureVerifier verifier, long maxBodyBytes, AnswerListener listener) {
    return new ResponseDecoder(verifier, false, maxBodyBytes, listener);
  }

  /**
   * Decodes a successful answer's {@code data} as {@code type}; when {@code type} is {@code null} (an answer
   * with no data to decode) returns the answer's psn instead, and when it is {@link VerifiedAnswer} returns the psn
   * with {@code data} as a JSON tree. {@code requestId}, the {@code Http-Request-Psn} the request carried, goes into
   * the log, the listener and every exception.
   *
   * @throws IOException when the body cannot be read to its end: the outcome of the call is unknown
   * @throws CodePayException for any answer that is not a verified success
   */
  public Object decode(String endpoint, String requestId, int httpStatus, ResponseBody body, JavaType type)
      throws IOException {
    Call call = new Call(endpoint, requestId, httpStatus);
    byte[] bytes = readCapped(call, body);
    WireMembers members = parse(call, bytes);
    String psn = members.text("psn");
    if (mustVerify(members.text("sign"))
        && !verifier.verify(CanonicalForm.of(members.wireTexts()), members.text("sign"))) {
      String problem = members.text("sign") == null ? "it has no sign" : "its sign does not verify";
      throw new ResponseSignatureException(problem, httpStatus, endpoint, psn, requestId);
    }
    String code = members.text("code");
    LOG.log(Level.DEBUG, "{0} answered HTTP {1}, code {2}, psn {3}, Http-Request-Psn {4}", endpoint, httpStatus,
        code, psn, requestId);
    notifyListener(endpoint, httpStatus, code, psn, requestId);
    if (code == null) {
      throw malformed("it has no code", call, bytes, psn, null);
    }
    if (!code.equals("0")) {
      throw new GatewayErrorException(
          code, String.valueOf(members.text("msg")), httpStatus, endpoint, psn, requestId);
    }
    if (httpStatus < 200 || httpStatus > 299) {
      throw malformed("it reports success with an HTTP error status", call, bytes, psn, null);
    }
    if (type == null) {
      return psn;
    }
    if (type.getRawClass() == VerifiedAnswer.class) {
      JsonNode data = members.value("data");
      return new VerifiedAnswer(psn, data == null || data.isNull()
          ? null
          : (JsonNode) decodeData(data, JSON_TREE, call, bytes, psn));
    }
    return decodeData(members.value("data"), type, call, bytes, psn);
  }

  private boolean mustVerify(String sign) {
    return signRequired || (sign != null && verifier != null);
  }

  /** What the exceptions of one answer share. */
  private record Call(String endpoint, String requestId, int httpStatus) {}

  private void notifyListener(String endpoint, int httpStatus, String code, String psn, String requestId) {
    try {
      listener.onVerifiedAnswer(endpoint, httpStatus, code, psn, requestId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "An AnswerListener failed; the call goes on", e);
    }
  }

  private Object decodeData(JsonNode data, JavaType type, Call call, byte[] bytes, String psn) {
    if (data == null || data.isNull()) {
      throw malformed("its data is missing", call, bytes, psn, null);
    }
    try {
      JsonNode tree = data.isTextual() ? CodePayJson.mapper().readTree(data.textValue()) : data;
      return CodePayJson.mapper().readerFor(type).readValue(tree);
    } catch (IOException | RuntimeException e) {
      // The gateway's signature is valid, but its data does not fit the model: report it whole, never half-decoded.
      throw malformed("its data does not fit " + type.getRawClass().getSimpleName() + ": " + e.getMessage(),
          call, new byte[0], psn, e);
    }
  }

  private byte[] readCapped(Call call, ResponseBody body) throws IOException {
    if (body == null) {
      throw malformed("it has no body", call, new byte[0], null, null);
    }
    try (body) {
      if (body.contentLength() > maxBodyBytes) {
        throw tooLarge(call, new byte[0]);
      }
      BufferedSource source = body.source();
      // request() buffers up to the limit without reading the rest of an oversized body.
      if (source.request(maxBodyBytes + 1)) {
        Buffer start = new Buffer();
        source.getBuffer().copyTo(start, 0, Math.min(source.getBuffer().size(), 1024));
        throw tooLarge(call, start.readByteArray());
      }
      return source.readByteArray();
    }
  }

  private MalformedResponseException tooLarge(Call call, byte[] start) {
    return malformed("it is larger than the limit of " + maxBodyBytes + " bytes", call, start, null, null);
  }

  private static WireMembers parse(Call call, byte[] bytes) {
    try {
      return WireMembers.parse(bytes);
    } catch (IOException | RuntimeException e) {
      throw malformed(bytes.length == 0 ? "it is empty" : "it is not a complete JSON object", call, bytes, null, e);
    }
  }

  private static MalformedResponseException malformed(
      String problem, Call call, byte[] bytes, String psn, Throwable cause) {
    return new MalformedResponseException(
        problem, call.httpStatus(), excerpt(bytes), call.endpoint(), psn, call.requestId(), cause);
  }

  private static String excerpt(byte[] bytes) {
    String text = new String(bytes, 0, Math.min(bytes.length, 4 * MalformedResponseException.EXCERPT_LENGTH),
        StandardCharsets.UTF_8);
    // Signatures never reach messages or logs, even one of an answer that is not trusted.
    text = SIGN_VALUE.matcher(text).replaceAll("$1…\"");
    return text.length() <= MalformedResponseException.EXCERPT_LENGTH
        ? text
        : text.substring(0, MalformedResponseException.EXCERPT_LENGTH);
  }
}
