package org.codepaygen.runtime.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.MultipartBody;
import okhttp3.Request;

/**
 * Gives uploads their own timeout, 60 seconds by default as in CodePay's own SDK: a file takes longer to send than a
 * JSON body. For a multipart request it replaces the read and write timeouts, and lengthens (never shortens) the
 * whole-call deadline to the connect timeout plus twice the upload timeout.
 */
final class UploadTimeouts {
  private final Duration connectTimeout;
  private final Duration uploadTimeout;

  UploadTimeouts(Duration connectTimeout, Duration uploadTimeout) {
    this.connectTimeout = connectTimeout;
    this.uploadTimeout = uploadTimeout;
  }

  /** The calls of {@code calls}, an upload's with its own deadline. */
  Call.Factory applying(Call.Factory calls) {
    long deadline = connectTimeout.plus(uploadTimeout).plus(uploadTimeout).toNanos();
    return request -> {
      Call call = calls.newCall(request);
      if (isUpload(request) && call.timeout().timeoutNanos() != 0 && call.timeout().timeoutNanos() < deadline) {
        call.timeout().timeout(deadline, TimeUnit.NANOSECONDS);
      }
      return call;
    };
  }

  /** The application interceptor that sets an upload's read and write timeouts. */
  Interceptor interceptor() {
    int millis = Math.toIntExact(uploadTimeout.toMillis());
    return chain -> isUpload(chain.request())
        ? chain.withReadTimeout(millis, TimeUnit.MILLISECONDS).withWriteTimeout(millis, TimeUnit.MILLISECONDS)
            .proceed(chain.request())
        : chain.proceed(chain.request());
  }

  private static boolean isUpload(Request request) {
    return request.body() instanceof MultipartBody;
  }
}
