package org.codepaygen.runtime.http;

import java.time.Duration;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.codepaygen.runtime.Language;
import org.codepaygen.runtime.protocol.RequestEncoder;
import org.codepaygen.runtime.protocol.ResponseDecoder;
import retrofit2.Retrofit;

/**
 * Assembles the Retrofit instance generated services run on: the safe OkHttp client, the CodePay converter and call
 * adapter, and the base URL rules (HTTPS only; {@code http://} only for a loopback host when explicitly allowed).
 */
public final class CodePayTransport {
  private final Retrofit retrofit;

  private CodePayTransport(Retrofit retrofit) {
    this.retrofit = retrofit;
  }

  /** Settings the transport is built from; all required. */
  public record Settings(
      String baseUrl,
      OkHttpClient baseClient,
      List<String> trustedCertificatesPem,
      boolean allowCleartextLoopback,
      Duration connectTimeout,
      Duration readTimeout,
      Duration writeTimeout,
      Language language) {}

  /**
   * @throws IllegalArgumentException when the base URL is not acceptable
   */
  public static CodePayTransport create(Settings settings, RequestEncoder encoder, ResponseDecoder decoder) {
    HttpUrl baseUrl = checkedBaseUrl(settings.baseUrl(), settings.allowCleartextLoopback());
    OkHttpClient client = SafeHttpClient.configure(
        settings.baseClient(),
        TlsSettings.trusting(settings.trustedCertificatesPem()),
        settings.allowCleartextLoopback(),
        settings.connectTimeout(),
        settings.readTimeout(),
        settings.writeTimeout(),
        chain -> chain.proceed(chain.request().newBuilder()
            .header("Accept", "application/json")
            .header("Accept-Language", settings.language().tag())
            .build()));
    Retrofit retrofit = new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(client)
        .addCallAdapterFactory(new CodePayCallAdapterFactory(decoder))
        .addConverterFactory(new CodePayConverterFactory(encoder, decoder))
        .build();
    return new CodePayTransport(retrofit);
  }

  /** Creates the Retrofit implementation of a generated service interface. */
  public <S> S service(Class<S> serviceInterface) {
    return retrofit.create(serviceInterface);
  }

  static HttpUrl checkedBaseUrl(String text, boolean allowCleartextLoopback) {
    String withSlash = text.endsWith("/") ? text : text + "/";
    int schemeEnd = withSlash.indexOf("://");
    String hostPart = schemeEnd < 0 ? withSlash : withSlash.substring(schemeEnd + 3);
    if (!TlsSettings.isAscii(hostPart.substring(0, Math.max(0, hostPart.indexOf('/'))))) {
      throw new IllegalArgumentException(
          "The base URL's host must be ASCII (write an international name in its xn-- form): " + text);
    }
    HttpUrl url = HttpUrl.parse(withSlash);
    if (url == null) {
      throw new IllegalArgumentException("The base URL is not an http(s) URL: " + text);
    }
    if (url.isHttps()) {
      return url;
    }
    if (allowCleartextLoopback && isLoopback(url.host())) {
      return url;
    }
    throw new IllegalArgumentException(
        "CodePay requires HTTPS, but the base URL is " + text
            + (isLoopback(url.host()) ? "; for a loopback test server call allowCleartextLoopback()" : ""));
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
  }
}
