package org.codepaygen.sandbox.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.codepaygen.runtime.signing.CanonicalForm;
import org.codepaygen.runtime.signing.RsaEngine;
import org.codepaygen.runtime.signing.SignatureVerifier;

/**
 * The checks every request passes before its method is looked at, in the gateway's order: envelope fields and
 * fixed values, app_id, timestamp, signature (or, for {@code sign_type=NONE} when the sandbox was started with a
 * Basic authentication user, the {@code Authorization} header), then characters. The signature is checked before the characters so
 * that an unsigned request learns nothing about its content.
 */
final class Envelope {
  static final Duration TIMESTAMP_WINDOW = Duration.ofMinutes(15);
  private static final List<String> REQUIRED =
      List.of("app_id", "format", "charset", "sign_type", "version", "timestamp", "method");
  private static final Map<String, String> FIXED = Map.of("format", "JSON", "charset", "UTF-8", "version", "1.0");
  /** Requests authenticated by HTTP Basic instead of a signature (protocol §10). */
  private static final String UNSIGNED = "NONE";
  private static final Pattern THIRTEEN_DIGITS = Pattern.compile("[0-9]{13}");
  private static final int MAX_ID_LENGTH = 32;

  private final String appId;
  private final SignatureVerifier verifier;
  private final Clock clock;
  private final byte[] basicAuthorization;

  /**
   * @param basicAuthorization the {@code Authorization} header that {@code sign_type=NONE} requests must carry, or
   *     {@code null} when the sandbox accepts only signed requests
   */
  Envelope(String appId, PublicKey merchantPublicKey, Clock clock, String basicAuthorization) {
    this.appId = appId;
    this.verifier = new SignatureVerifier(merchantPublicKey, RsaEngine.preferred());
    this.clock = clock;
    this.basicAuthorization =
        basicAuthorization == null ? null : basicAuthorization.getBytes(StandardCharsets.UTF_8);
  }

  /** Runs the checks in order and returns the method name. */
  String check(WireRequest request) throws GatewayException {
    for (String name : REQUIRED) {
      if (request.value(name) == null) {
        throw new GatewayException(ErrorCode.MISSING_ENVELOPE_PARAMETER, name);
      }
      if (request.isStructured(name)) {
        throw new GatewayException(ErrorCode.INVALID_ENVELOPE_PARAMETER, name);
      }
    }
    boolean unsigned = UNSIGNED.equals(request.value("sign_type"));
    if (!unsigned && request.value("sign") == null) {
      throw new GatewayException(ErrorCode.MISSING_ENVELOPE_PARAMETER, "sign");
    }
    if (request.isStructured("sign")) {
      throw new GatewayException(ErrorCode.INVALID_ENVELOPE_PARAMETER, "sign");
    }
    for (Map.Entry<String, String> fixed : FIXED.entrySet()) {
      if (!fixed.getValue().equals(request.value(fixed.getKey()))) {
        throw new GatewayException(ErrorCode.INVALID_ENVELOPE_PARAMETER, fixed.getKey());
      }
    }
    if (!"RSA2".equals(request.value("sign_type")) && !(unsigned && basicAuthorization != null)) {
      throw new GatewayException(ErrorCode.INVALID_ENVELOPE_PARAMETER, "sign_type");
    }
    for (String name : List.of("app_id", "method")) {
      if (request.value(name).length() > MAX_ID_LENGTH) {
        throw new GatewayException(ErrorCode.INVALID_ENVELOPE_PARAMETER, name);
      }
    }
    if (!appId.equals(request.value("app_id"))) {
      throw new GatewayException(ErrorCode.UNKNOWN_APP_ID);
    }
    checkTimestamp(request.value("timestamp"));
    if (unsigned) {
      checkBasicAuthorization(request.authorization());
    } else if (!verifier.verify(CanonicalForm.of(request.texts()), request.value("sign"))) {
      throw new GatewayException(ErrorCode.INVALID_SIGNATURE);
    }
    checkCharacters(request.texts());
    return request.value("method");
  }

  /** Compares the whole header in constant time, so that the time taken tells nothing about the password. */
  private void checkBasicAuthorization(String authorization) throws GatewayException {
    byte[] given = authorization == null ? new byte[0] : authorization.getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, basicAuthorization)) {
      throw new GatewayException(ErrorCode.BASIC_AUTH_FAILED);
    }
  }

  private void checkTimestamp(String timestamp) throws GatewayException {
    if (!THIRTEEN_DIGITS.matcher(timestamp).matches()) {
      throw new GatewayException(ErrorCode.MALFORMED_TIMESTAMP);
    }
    Instant sent = Instant.ofEpochMilli(Long.parseLong(timestamp));
    Duration skew = Duration.between(clock.instant(), sent).abs();
    if (skew.compareTo(TIMESTAMP_WINDOW) > 0) {
      throw new GatewayException(ErrorCode.TIMESTAMP_OUT_OF_WINDOW);
    }
  }

  private static void checkCharacters(Map<String, String> texts) throws GatewayException {
    for (Map.Entry<String, String> member : texts.entrySet()) {
      if (!isBmpOnly(member.getKey())) {
        throw new GatewayException(ErrorCode.UNSUPPORTED_CHARACTER, "a parameter name");
      }
      if (member.getValue() != null && !isBmpOnly(member.getValue())) {
        throw new GatewayException(ErrorCode.UNSUPPORTED_CHARACTER, member.getKey());
      }
    }
  }

  /** No surrogate at all: a pair is a 4-byte UTF-8 character, a lone one is not a character. */
  private static boolean isBmpOnly(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
