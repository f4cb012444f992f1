package org.codepaygen.runtime.http;

import java.time.Duration;
import java.util.List;
import okhttp3.ConnectionSpec;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * Applies CodePay's transport rules to an {@link OkHttpClient}, whether the client's own or one the user shares:
 * TLS 1.2+ only (cleartext only for an explicitly allowed loopback test server), the JDK's trust plus explicitly
 * trusted certificates, guarded host name checks, no automatic retries or redirects, and the given timeouts; unless
 * the shared client has a call timeout of its own, a whole call is cut off after the three timeouts' sum.
 */
final class SafeHttpClient {
  private SafeHttpClient() {}

  static OkHttpClient configure(
      OkHttpClient base, TlsSettings tls, boolean allowCleartext, Duration connectTimeout, Duration readTimeout,
      Duration writeTimeout, Interceptor headers, Interceptor uploadTimeouts) {
    List<ConnectionSpec> specs = allowCleartext
        ? List.of(ConnectionSpec.RESTRICTED_TLS, ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT)
        : List.of(ConnectionSpec.RESTRICTED_TLS, ConnectionSpec.MODERN_TLS);
    OkHttpClient.Builder builder = base.newBuilder()
        .connectionSpecs(specs)
        .sslSocketFactory(tls.socketFactory, tls.trustManager)
        .hostnameVerifier(TlsSettings.HOSTNAME_VERIFIER)
        // A payment POST must never be re-sent behind the caller's back (protocol §7).
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .connectTimeout(connectTimeout)
        .readTimeout(readTimeout)
        .writeTimeout(writeTimeout);
    if (base.callTimeoutMillis() == 0) {
      // Each read may stay under the read timeout while an answer trickles in for ever: bound the whole call too.
      builder.callTimeout(connectTimeout.plus(writeTimeout).plus(readTimeout));
    }
    builder.addInterceptor(headers);
    builder.addInterceptor(uploadTimeouts);
    builder.addNetworkInterceptor(SendGuard.NETWORK);
    return builder.build();
  }
}
