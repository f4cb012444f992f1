package org.codepaygen.runtime.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.codepaygen.runtime.FileData;
import org.codepaygen.runtime.protocol.RequestEncoder;
import org.codepaygen.runtime.protocol.SignedRequest;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Retrofit's view of the protocol: request bodies are signed JSON envelopes, or signed multipart uploads when the
 * model holds a {@link FileData} (protocol §2); answers are handed unread to the call
 * adapter, which verifies and decodes them. Applies only to service methods annotated
 * {@link org.codepaygen.annotations.Endpoint}.
 */
final class CodePayConverterFactory extends Converter.Factory {
  /** Exactly {@code application/json}, as CodePay's Basic rules ask, without a charset parameter. */
  static final MediaType JSON = MediaType.get("application/json");

  private final RequestEncoder encoder;

  CodePayConverterFactory(RequestEncoder encoder) {
    this.encoder = encoder;
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
    String method = Endpoints.method(methodAnnotations);
    if (method == null) {
      return null;
    }
    return model -> body(encoder.sign(method, model));
  }

  private static RequestBody body(SignedRequest request) {
    if (request instanceof SignedRequest.Multipart upload) {
      MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM);
      upload.fields().forEach(body::addFormDataPart);
      FileData file = upload.file();
      body.addFormDataPart(upload.fileField(), file.fileName(),
          RequestBody.create(MediaType.get(file.contentType()), file.content()));
      return body.build();
    }
    return RequestBody.create(JSON, ((SignedRequest.Json) request).body());
  }

  /**
   * Leaves a successful answer's body unread: the call adapter decodes it, because only the adapter knows the request
   * (and its {@code Http-Request-Psn}) the answer belongs to.
   */
  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    if (Endpoints.method(annotations) == null || type != Undecoded.class) {
      return null;
    }
    return Undecoded::new;
  }

  /** An answer's body as it arrived, not read yet. */
  record Undecoded(ResponseBody body) {}
}
