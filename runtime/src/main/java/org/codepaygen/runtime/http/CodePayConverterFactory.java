package org.codepaygen.runtime.http;

import com.fasterxml.jackson.databind.JavaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.codepaygen.runtime.Acknowledgement;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.protocol.RequestEncoder;
import org.codepaygen.runtime.protocol.ResponseDecoder;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Retrofit's view of the protocol: request bodies are signed JSON envelopes, successful (2xx) answers are verified
 * and their {@code data} decoded. Applies only to service methods annotated
 * {@link org.codepaygen.annotations.Endpoint}.
 */
final class CodePayConverterFactory extends Converter.Factory {
  /** Exactly {@code application/json}, as CodePay's Basic rules ask, without a charset parameter. */
  static final MediaType JSON = MediaType.get("application/json");

  private final RequestEncoder encoder;
  private final ResponseDecoder decoder;

  CodePayConverterFactory(RequestEncoder encoder, ResponseDecoder decoder) {
    this.encoder = encoder;
    this.decoder = decoder;
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
    String method = Endpoints.method(methodAnnotations);
    if (method == null) {
      return null;
    }
    return model -> RequestBody.create(JSON, encoder.encode(method, model));
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    String method = Endpoints.method(annotations);
    if (method == null) {
      return null;
    }
    if (type == Acknowledgement.class) {
      return body -> new Acknowledgement((String) decoder.decode(method, 200, body, null));
    }
    JavaType javaType = CodePayJson.mapper().constructType(type);
    return body -> decoder.decode(method, 200, body, javaType);
  }
}
