package org.codepaygen.runtime.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Knows whether a request may have left the client, and makes sure it leaves at most once.
 *
 * <p>The application-level half tags each call with a {@link Attempt}; the network-level half, which OkHttp runs
 * only once a connection (and its TLS handshake) is ready, marks it. A failure before that mark means nothing was
 * sent, so {@link NotSentException} says it is safe to retry; any later failure leaves the outcome unknown. A second
 * network attempt for the same call is refused, and a 503's {@code Retry-After} is removed so OkHttp does not
 * re-send on its own: payment requests are never re-sent silently.
 */
final class SendGuard {
  private SendGuard() {}

  /** Thrown by the application interceptor when the request certainly did not leave the client. */
  static final class NotSentException extends IOException {
    NotSentException(IOException cause) {
      super(cause.toString(), cause);
    }
  }

  /** The per-call marker shared by the two interceptors. */
  private static final class Attempt {
    private volatile boolean reachedNetwork;
  }

  static final Interceptor APPLICATION =
      chain -> {
        Attempt attempt = new Attempt();
        Request tagged = chain.request().newBuilder().tag(Attempt.class, attempt).build();
        try {
          return chain.proceed(tagged);
        } catch (IOException e) {
          if (!attempt.reachedNetwork && !(e instanceof NotSentException)) {
            throw new NotSentException(e);
          }
          throw e;
        }
      };

  static final Interceptor NETWORK =
      chain -> {
        Attempt attempt = chain.request().tag(Attempt.class);
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
