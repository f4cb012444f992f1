package org.codepaygen.sandbox.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.codepaygen.runtime.json.WireMembers;
import org.codepaygen.sandbox.gateway.ErrorCode;
import org.codepaygen.sandbox.gateway.Gateway;
import org.codepaygen.sandbox.gateway.GatewayException;
import org.codepaygen.sandbox.gateway.WireRequest;

/** {@code POST /api/entry}: a flat JSON object, or the same members form-encoded as CodePay's Java SDK sends them. */
final class EntryEndpoint extends GatewayEndpoint {
  static final String PATH = "/api/entry";
  static final int MAX_BODY_BYTES = 1 << 20;

  private final Gateway gateway;

  EntryEndpoint(Responder responder, Gateway gateway) {
    super(responder, PATH, MAX_BODY_BYTES);
    this.gateway = gateway;
  }

  @Override
  ObjectNode process(ContentType contentType, byte[] body, WireRequest.Headers headers) throws GatewayException {
    if (!contentType.isUtf8OrUnspecified()) {
      throw new GatewayException(ErrorCode.UNSUPPORTED_CONTENT_TYPE, "charset");
    }
    return switch (contentType.mediaType()) {
      case "application/json" -> gateway.entry(json(body, headers));
      case "application/x-www-form-urlencoded" ->
          gateway.entry(new WireRequest(FormBody.parse(body), Set.of(), headers));
      default -> throw new GatewayException(ErrorCode.UNSUPPORTED_CONTENT_TYPE);
    };
  }

  private static WireRequest json(byte[] body, WireRequest.Headers headers) throws GatewayException {
    WireMembers members;
    try {
      members = WireMembers.parse(body);
    } catch (IOException e) {
      throw new GatewayException(ErrorCode.MALFORMED_BODY, "JSON object");
    }
    Set<String> structured = new HashSet<>();
    for (Map.Entry<String, String> member : members.wireTexts().entrySet()) {
      if (members.value(member.getKey()).isContainerNode()) {
        structured.add(member.getKey());
      }
    }
    return new WireRequest(members.wireTexts(), structured, headers);
  }
}
