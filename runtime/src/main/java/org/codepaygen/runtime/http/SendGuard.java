package org.codepaygen.runtime.http;

import java.io.IOException;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Knows whether a request may have left the client, and makes sure it leaves at most once; gives each call its
 * request id.
 *
 * <p>Every call's request carries an {@link Attempt} from the moment the call is made ({@link #tracking}). The network
 * interceptor, which OkHttp runs only once a connection (and its TLS handshake) is ready and just before the request
 * is written, marks it. A call that failed without that mark provably sent nothing, however it failed: refused or
 * unresolvable connection, failed handshake, cancelled or timed out before connecting, refused by the dispatcher's
 * executor, or an interceptor failing before the network. Once marked, any failure leaves the outcome unknown. A
 * second network attempt for the same call is refused, and a 503's {@code Retry-After} is removed so OkHttp does
 * not re-send on its own: payment requests are never re-sent silently.
 */
final class SendGuard {
  private SendGuard() {}

  /** The per-call marker: set once the request is about to be written on a ready connection. */
  private static final class Attempt {
    private final String requestId;
    private volatile boolean reachedNetwork;

    Attempt(String requestId) {
      this.requestId = requestId;
    }
  }

  /**
   * The call factory of a guarded client: each call's original request carries a fresh {@link Attempt} and a new
   * {@value RequestIds#HEADER} header.
   */
  static Call.Factory tracking(Call.Factory client) {
    return request -> {
      String requestId = RequestIds.next();
      return client.newCall(request.newBuilder()
          .header(RequestIds.HEADER, requestId)
          .tag(Attempt.class, new Attempt(requestId))
          .build());
    };
  }

  /** The {@value RequestIds#HEADER} of a request made through {@link #tracking}, or {@code null}. */
  static String requestId(Request request) {
    Attempt attempt = request.tag(Attempt.class);
    return attempt == null ? null : attempt.requestId;
  }

  /**
   * Whether the request of a call made through {@link #tracking} may have left the client. An untracked request
   * may always have.
   */
  static boolean mayHaveLeft(Request request) {
    Attempt attempt = request.tag(Attempt.class);
    return attempt == null || attempt.reachedNetwork;
  }

  /**
   * Marks the call's attempt. Read from the call's original request, so that an interceptor that rebuilds the
   * request without its tags cannot hide a send.
   */
  static final Interceptor NETWORK =
      chain -> {
        Attempt attempt = chain.call().request().tag(Attempt.class);
        if (attempt != null) {
          if (attempt.reachedNetwork) {
            throw new IOException("CodePay requests are never re-sent automatically");
          }
          attempt.reachedNetwork = true;
        }
        Response response = chain.proceed(chain.request());
        return response.code() == 503 ? response.newBuilder().removeHeader("Retry-After").build() : response;
      };
}
