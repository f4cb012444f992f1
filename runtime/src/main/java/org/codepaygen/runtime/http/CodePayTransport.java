package org.codepaygen.runtime.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.codepaygen.runtime.FileData;
import org.codepaygen.runtime.Language;
import org.codepaygen.runtime.VerifiedAnswer;
import org.codepaygen.runtime.error.CodePayException;
import org.codepaygen.runtime.error.MalformedResponseException;
import org.codepaygen.runtime.error.OutcomeUnknownException;
import org.codepaygen.runtime.error.RequestNotSentException;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.protocol.RequestEncoder;
import org.codepaygen.runtime.protocol.ResponseDecoder;
import retrofit2.Retrofit;

/**
 * Assembles the Retrofit instance generated services run on: the safe OkHttp client, the CodePay converter and call
 * adapter, and the base URL rules (HTTPS only; {@code http://} only for a loopback host when explicitly allowed).
 *
 * <p>A transport built without a user's {@link OkHttpClient} runs on one process-wide connection pool and
 * dispatcher, as OkHttp advises: transports come and go (one per merchant, say) without leaving threads behind,
 * and those with the same TLS trust share connections. The pool keeps at most 5 idle connections for 5 minutes and
 * its one cleanup thread ends when it is empty; the dispatcher's threads end after a minute without calls.
 */
public final class CodePayTransport implements AutoCloseable {
  /**
   * The process-wide pool and dispatcher; each transport derives its own settings from it. Given the JDK-roots TLS
   * settings that transports use anyway, so OkHttp does not set up a second trust manager and SSL context of its own
   * at start-up.
   */
  private static final OkHttpClient SHARED = sharedClient();

  private final Retrofit retrofit;
  private final RequestEncoder encoder;
  private final ResponseDecoder decoder;
  private final Call.Factory calls;
  private final CallGate gate;

  private CodePayTransport(
      Retrofit retrofit, RequestEncoder encoder, ResponseDecoder decoder, Call.Factory calls, CallGate gate) {
    this.retrofit = retrofit;
    this.encoder = encoder;
    this.decoder = decoder;
    this.calls = calls;
    this.gate = gate;
  }

  /**
   * Settings the transport is built from; all required but {@code baseClient} and {@code authorization}.
   *
   * @param baseClient the user's client to share pools with, or {@code null} for the process-wide one
   * @param authorization the {@code Authorization} header of HTTP Basic authentication, or {@code null}; only over
   *     HTTPS, and never shown by {@link #toString()}
   */
  public record Settings(
      String baseUrl,
      OkHttpClient baseClient,
      List<String> trustedCertificatesPem,
      boolean allowCleartextLoopback,
      Duration connectTimeout,
      Duration readTimeout,
      Duration writeTimeout,
      Duration uploadTimeout,
      Language language,
      String authorization) {
    @Override
    public String toString() {
      return "Settings[" + baseUrl + (authorization == null ? "" : ", Basic authentication") + "]";
    }
  }

  /**
   * @throws IllegalArgumentException when the base URL is not acceptable
   */
  public static CodePayTransport create(Settings settings, RequestEncoder encoder, ResponseDecoder decoder) {
    HttpUrl baseUrl = checkedBaseUrl(settings.baseUrl(), settings.allowCleartextLoopback());
    if (settings.authorization() != null && !baseUrl.isHttps()) {
      throw new IllegalArgumentException("Basic authentication sends the password with every request, so it is "
          + "allowed over HTTPS only, but the base URL is " + settings.baseUrl());
    }
    UploadTimeouts uploads = new UploadTimeouts(settings.connectTimeout(), settings.uploadTimeout());
    OkHttpClient client = SafeHttpClient.configure(
        settings.baseClient() != null ? settings.baseClient() : SHARED,
        TlsSettings.trusting(settings.trustedCertificatesPem()),
        settings.allowCleartextLoopback(),
        settings.connectTimeout(),
        settings.readTimeout(),
        settings.writeTimeout(),
        chain -> {
          Request.Builder request = chain.request().newBuilder()
              .header("Accept", "application/json")
              .header("Accept-Language", settings.language().tag());
          if (settings.authorization() != null) {
            request.header("Authorization", settings.authorization());
          }
          return chain.proceed(request.build());
        },
        uploads.interceptor());
    CallGate gate = new CallGate();
    Call.Factory calls = uploads.applying(SendGuard.tracking(client));
    Retrofit retrofit = new Retrofit.Builder()
        .baseUrl(baseUrl)
        .callFactory(calls)
        .addCallAdapterFactory(new CodePayCallAdapterFactory(decoder, gate))
        .addConverterFactory(new CodePayConverterFactory(encoder))
        .build();
    return new CodePayTransport(retrofit, encoder, decoder, calls, gate);
  }

  /**
   * Refuses every later call with a {@link org.codepaygen.runtime.error.ClientClosedException} before anything is
   * encoded; calls already started finish. The transport owns no threads or connections of its own: those belong to
   * the process-wide pool and dispatcher, or to the user's shared client, and stay for the others using them.
   */
  @Override
  public void close() {
    gate.close();
  }

  /** Creates the Retrofit implementation of a generated service interface. */
  public <S> S service(Class<S> serviceInterface) {
    return retrofit.create(serviceInterface);
  }

  /**
   * Sends {@code parameters} as one signed call of {@code method} to {@code api/entry}, through the same client,
   * encoder and decoder as generated services, and returns the verified answer.
   */
  public VerifiedAnswer call(String method, ObjectNode parameters) {
    gate.checkOpen(method);
    Request request;
    try {
      request = new Request.Builder()
          .url(retrofit.baseUrl().resolve("api/entry"))
          .post(RequestBody.create(CodePayConverterFactory.JSON, encoder.encode(method, parameters)))
          .build();
    } catch (CodePayException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new RequestNotSentException(method, null, e);
    }
    Call call = calls.newCall(request);
    String requestId = SendGuard.requestId(call.request());
    try (Response response = call.execute()) {
      return (VerifiedAnswer) decoder.decode(method, requestId, response.code(), response.body(),
          CodePayJson.mapper().constructType(VerifiedAnswer.class));
    } catch (IOException e) {
      throw SendGuard.mayHaveLeft(call.request())
          ? new OutcomeUnknownException(method, requestId, e)
          : new RequestNotSentException(method, requestId, e);
    }
  }

  /**
   * Uploads {@code file} with {@code file.upload} through the same path as a generated upload endpoint: signed text
   * parts ({@code institution_no}, {@code file_data_hash}, the envelope) and the binary part {@code file_data}.
   *
   * @return the verified answer's {@code file_key}
   */
  public String upload(String institutionNo, FileData file) {
    JsonNode data = retrofit.create(UploadService.class)
        .upload(Map.of("institution_no", institutionNo, "file_data", file));
    JsonNode fileKey = data.get("file_key");
    if (fileKey == null || !fileKey.isTextual()) {
      throw new MalformedResponseException(
          "its data has no file_key", 200, "", UploadService.METHOD, null, null, null);
    }
    return fileKey.textValue();
  }

  private static OkHttpClient sharedClient() {
    TlsSettings jdkRoots = TlsSettings.trusting(List.of());
    return new OkHttpClient.Builder().sslSocketFactory(jdkRoots.socketFactory, jdkRoots.trustManager).build();
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
