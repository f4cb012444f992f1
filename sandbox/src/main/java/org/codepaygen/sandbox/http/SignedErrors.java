package org.codepaygen.sandbox.http;

import org.codepaygen.runtime.Language;
import org.codepaygen.sandbox.gateway.AcceptLanguage;
import org.codepaygen.sandbox.gateway.ErrorCode;
import org.codepaygen.sandbox.gateway.GatewayException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answer when the HTTP layer refuses a request before any endpoint sees it (headers too large, a malformed
 * request line): the same signed error body as every other refusal, instead of Jetty's HTML page.
 */
final class SignedErrors implements Request.Handler {
  private final Responder responder;
  private final RefusalLog refusals;

  SignedErrors(Responder responder, RefusalLog refusals) {
    this.responder = responder;
    this.refusals = refusals;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer given ? given : 500;
    Language language = AcceptLanguage.pick(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
    Reply reply;
    if (status == 500) {
      reply = responder.failure(language, new GatewayException(ErrorCode.INTERNAL_ERROR));
    } else {
      TransportError error = TransportError.forStatus(status);
      refusals.refused(error == TransportError.HEADERS_TOO_LARGE
          ? RefusalLog.Reason.HEADERS_TOO_LARGE : RefusalLog.Reason.MALFORMED, Request.getRemoteAddr(request));
      reply = responder.failure(language, error, status);
    }
    Router.send(response, reply, callback);
    return true;
  }
}
