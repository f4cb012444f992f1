package org.codepaygen.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.codepaygen.runtime.Language;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.sandbox.gateway.ErrorCode;
import org.codepaygen.sandbox.gateway.GatewayException;
import org.codepaygen.sandbox.gateway.GatewaySigner;
import org.codepaygen.sandbox.state.SerialNumbers;

/**
 * Writes the gateway's answers: {@code {code, msg, psn, sign, data}} with {@code data} a JSON-encoded string,
 * signed over every other member; failures the same without {@code data}, under the error's HTTP status.
 */
final class Responder {
  static final String SUCCESS_CODE = "0";
  private static final String SUCCESS_MESSAGE = "success";
  private static final Map<String, String> JSON = Map.of("Content-Type", "application/json; charset=UTF-8");

  private final GatewaySigner signer;
  private final SerialNumbers psns;

  Responder(GatewaySigner signer, SerialNumbers psns) {
    this.signer = signer;
    this.psns = psns;
  }

  Reply success(ObjectNode data) {
    ObjectNode body = envelope(SUCCESS_CODE, SUCCESS_MESSAGE);
    if (data != null) {
      body.put("data", json(data));
    }
    return signed(200, body);
  }

  Reply failure(Language language, GatewayException refused) {
    ErrorCode error = refused.error();
    return signed(error.httpStatus(), envelope(error.code(), refused.message(language)));
  }

  /** A refusal of the HTTP layer, under {@code status} (the parser's own, which may differ from the error's). */
  Reply failure(Language language, TransportError error, int status) {
    return signed(status, envelope(error.code(), error.message(language)));
  }

  private ObjectNode envelope(String code, String message) {
    ObjectNode body = CodePayJson.mapper().createObjectNode();
    body.put("code", code);
    body.put("msg", message);
    body.put("psn", psns.next());
    return body;
  }

  private Reply signed(int status, ObjectNode body) {
    return new Reply(status, JSON, json(signer.sign(body)).getBytes(StandardCharsets.UTF_8));
  }

  private static String json(ObjectNode data) {
    try {
      return CodePayJson.mapper().writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("A response could not be written", e);
    }
  }
}
