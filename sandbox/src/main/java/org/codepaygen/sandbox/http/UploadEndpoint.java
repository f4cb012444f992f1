package org.codepaygen.sandbox.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.codepaygen.sandbox.gateway.ErrorCode;
import org.codepaygen.sandbox.gateway.Gateway;
import org.codepaygen.sandbox.gateway.GatewayException;
import org.codepaygen.sandbox.gateway.WireRequest;

/** {@code POST /api/file/upload}: multipart text parts, signed, plus the {@code file_data} part (protocol §2). */
final class UploadEndpoint extends GatewayEndpoint {
  static final String PATH = "/api/file/upload";
  static final int MAX_BODY_BYTES = 10 << 20;

  private final Gateway gateway;

  UploadEndpoint(Responder responder, Gateway gateway) {
    super(responder, PATH, MAX_BODY_BYTES);
    this.gateway = gateway;
  }

  @Override
  ObjectNode process(ContentType contentType, byte[] body, WireRequest.Headers headers) throws GatewayException {
    if (!contentType.mediaType().equals("multipart/form-data")) {
      throw new GatewayException(ErrorCode.UNSUPPORTED_CONTENT_TYPE);
    }
    Multipart multipart = Multipart.parse(body, contentType.parameters().get("boundary"));
    return gateway.upload(new WireRequest(multipart.texts(), Set.of(), headers), multipart.file());
  }
}
