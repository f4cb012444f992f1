package org.codepaygen.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.sandbox.gateway.ErrorCode;
import org.codepaygen.sandbox.gateway.GatewayException;
import org.codepaygen.sandbox.gateway.GatewaySigner;
import org.codepaygen.runtime.Language;
import org.codepaygen.sandbox.state.SerialNumbers;

/**
 * Writes the gateway's answers: {@code {code, msg, psn, sign, data}} with {@code data} a JSON-encoded string,
 * signed over every other member; failures the same without {@code data}, under the error's HTTP status.
 */
final class Responder {
  static final String SUCCESS_CODE = "0";
  private static final String SUCCESS_MESSAGE = "success";

  private final GatewaySigner signer;
  private final SerialNumbers psns;

  Responder(GatewaySigner signer, SerialNumbers psns) {
    this.signer = signer;
    this.psns = psns;
  }

  void success(HttpExchange exchange, ObjectNode data) throws IOException {
    ObjectNode body = envelope(SUCCESS_CODE, SUCCESS_MESSAGE);
    if (data != null) {
      body.put("data", CodePayJson.mapper().writeValueAsString(data));
    }
    write(exchange, 200, body);
  }

  void failure(HttpExchange exchange, Language language, GatewayException refused) throws IOException {
    ErrorCode error = refused.error();
    write(exchange, error.httpStatus(), envelope(error.code(), refused.message(language)));
  }

  private ObjectNode envelope(String code, String message) {
    ObjectNode body = CodePayJson.mapper().createObjectNode();
    body.put("code", code);
    body.put("msg", message);
    body.put("psn", psns.next());
    return body;
  }

  private void write(HttpExchange exchange, int status, ObjectNode body) throws IOException {
    byte[] bytes;
    try {
      bytes = CodePayJson.mapper().writeValueAsBytes(signer.sign(body));
    } catch (JsonProcessingException e) {
      throw new IOException("A response could not be written", e);
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
