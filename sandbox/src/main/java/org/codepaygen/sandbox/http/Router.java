package org.codepaygen.sandbox.http;

import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.codepaygen.runtime.Language;
import org.codepaygen.sandbox.gateway.AcceptLanguage;
import org.codepaygen.sandbox.gateway.ErrorCode;
import org.codepaygen.sandbox.gateway.GatewayException;
import org.codepaygen.sandbox.gateway.WireRequest;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Sends each request to the endpoint of its exact path (or of its folder, for an endpoint whose path ends with
 * {@code /}), after what every path shares: the method, the body's size
 * and the time it may take to arrive. Every refusal and surprise becomes a signed error body. The body is read
 * without a thread waiting for it, so slow clients hold connections, never threads.
 */
final class Router extends Handler.Abstract {
  private static final System.Logger LOG = System.getLogger(Router.class.getName());
  /** The client's id of the request (protocol §10), echoed in the {@link RequestLog}. */
  static final String REQUEST_ID = "Http-Request-Psn";
  /** Declared bodies up to this size are discarded before a 413, so that the client reads it; larger ones are cut. */
  private static final long DISCARDED_BODY_LIMIT = 8L << 20;

  private final Map<String, Endpoint> endpoints;
  private final Responder responder;
  private final RequestDeadlines deadlines;
  private final RefusalLog refusals;
  private final RequestLog requests;

  Router(List<Endpoint> endpoints, Responder responder, RequestDeadlines deadlines, RefusalLog refusals,
      RequestLog requests) {
    this.endpoints = endpoints.stream().collect(Collectors.toUnmodifiableMap(Endpoint::path, Function.identity()));
    this.responder = responder;
    this.deadlines = deadlines;
    this.refusals = refusals;
    this.requests = requests;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Connection connection = request.getConnectionMetaData().getConnection();
    long deadline = deadlines.bodyDeadlineNanos(connection);
    Callback answered = Callback.from(callback, () -> deadlines.answered(connection));
    Language language = AcceptLanguage.pick(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
    Endpoint endpoint = endpointFor(Request.getPathInContext(request));
    try {
      if (endpoint == null) {
        throw new GatewayException(ErrorCode.UNKNOWN_PATH);
      }
      if (!endpoint.methods().contains(request.getMethod())) {
        throw new GatewayException(ErrorCode.METHOD_NOT_ALLOWED);
      }
      if (request.getLength() > endpoint.maxBodyBytes()) {
        refuseTooLarge(request, response, answered, language, deadline);
        return true;
      }
    } catch (GatewayException refused) {
      Reply reply = responder.failure(language, refused);
      requests.record(headers(request).requestId(), Request.getPathInContext(request), reply);
      send(response, reply, answered);
      return true;
    }
    CompletableFuture<byte[]> body = BodyReader.read(request, endpoint.maxBodyBytes());
    // Whichever comes first, the body or the deadline, completes the future; the answer is written once.
    Scheduler.Task timeout = failAtDeadline(request, body, deadline);
    body.whenComplete((bytes, failure) -> {
      timeout.cancel();
      answer(endpoint, request, response, answered, language, bytes, failure);
    });
    return true;
  }

  private void answer(Endpoint endpoint, Request request, Response response, Callback callback, Language language,
      byte[] body, Throwable failure) {
    Reply reply;
    try {
      if (failure != null) {
        throwUnread(request, failure);
      }
      ContentType contentType = ContentType.parse(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
      reply = endpoint.answer(new Received(
          request.getMethod(), Request.getPathInContext(request), contentType, language, headers(request), body));
    } catch (GatewayException refused) {
      reply = responder.failure(language, refused);
    } catch (ReadFailed notRead) {
      if (!(notRead.getCause() instanceof TimeoutException)) {
        callback.failed(notRead.getCause());
        return;
      }
      reply = timedOut(request, language);
    } catch (RuntimeException unexpected) {
      // The message may hold request data; the stack trace says where without it.
      LOG.log(Level.ERROR, "Request failed with " + unexpected.getClass().getName(), unexpected);
      reply = responder.failure(language, new GatewayException(ErrorCode.INTERNAL_ERROR));
    }
    requests.record(headers(request).requestId(), endpoint.path(), reply);
    send(response, reply, callback);
  }

  private static WireRequest.Headers headers(Request request) {
    return new WireRequest.Headers(
        request.getHeaders().get(REQUEST_ID), request.getHeaders().get(HttpHeader.AUTHORIZATION));
  }

  /** The endpoint of exactly this path, else the one whose path ends with '/' and names the parent folder. */
  private Endpoint endpointFor(String path) {
    Endpoint exact = endpoints.get(path);
    if (exact != null) {
      return exact;
    }
    int slash = path.lastIndexOf('/');
    return slash < 0 ? null : endpoints.get(path.substring(0, slash + 1));
  }

  private void throwUnread(Request request, Throwable failure) throws GatewayException, ReadFailed {
    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
    if (cause instanceof BodyReader.TooLarge) {
      throw tooLarge(request);
    }
    throw new ReadFailed(cause);
  }

  private Reply timedOut(Request request, Language language) {
    refusals.refused(RefusalLog.Reason.BODY_TIMEOUT, Request.getRemoteAddr(request));
    return responder.failure(language, TransportError.REQUEST_TIMEOUT, TransportError.REQUEST_TIMEOUT.httpStatus());
  }

  /**
   * Answers 413 to a body declared too large. The answer goes out at once; a body of moderate size is then read and
   * thrown away, until the body deadline, before the connection is closed: closing it with the body unread resets
   * the TCP connection, and a client still sending would lose the answer.
   */
  private void refuseTooLarge(
      Request request, Response response, Callback callback, Language language, long deadline) {
    Reply reply = responder.failure(language, tooLarge(request));
    requests.record(headers(request).requestId(), Request.getPathInContext(request), reply);
    if (request.getLength() > DISCARDED_BODY_LIMIT) {
      send(response, reply, callback);
      return;
    }
    Callback.Completable discarded = new Callback.Completable();
    // A client that never sends the body it declared is not waited for beyond the deadline: the connection closes.
    Scheduler.Task timeout = failAtDeadline(request, discarded, deadline);
    discarded.whenComplete((ignored, failure) -> {
      timeout.cancel();
      if (failure == null) {
        callback.succeeded();
      } else {
        callback.failed(failure);
      }
    });
    send(response, reply, Callback.from(() -> Content.Source.consumeAll(request, discarded), discarded::failed));
  }

  /** Fails {@code future} at {@code deadline} unless it completed first; the caller cancels the task when it does. */
  private static Scheduler.Task failAtDeadline(Request request, CompletableFuture<?> future, long deadline) {
    return request.getComponents().getScheduler().schedule(
        () -> request.getComponents().getExecutor().execute(() -> future.completeExceptionally(new TimeoutException())),
        Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
  }

  private GatewayException tooLarge(Request request) {
    refusals.refused(RefusalLog.Reason.BODY_TOO_LARGE, Request.getRemoteAddr(request));
    return new GatewayException(ErrorCode.BODY_TOO_LARGE);
  }

  /** Writes {@code reply}; the body that was not read is the server's to discard, closing the connection. */
  static void send(Response response, Reply reply, Callback callback) {
    response.setStatus(reply.status());
    reply.headers().forEach(response.getHeaders()::put);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, reply.body().length);
    response.write(true, ByteBuffer.wrap(reply.body()), callback);
  }

  /** Reading the body failed for a reason of the connection, not of the request. */
  private static final class ReadFailed extends Exception {
    ReadFailed(Throwable cause) {
      super(cause.getClass().getName(), cause, false, false);
    }
  }
}
