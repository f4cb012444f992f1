package org.codepaygen.benchmarks.baseline;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/** A hand-rolled Retrofit converter: signs {@link BusinessRequest}s and verifies answers with the protocol. */
public final class HandWrittenConverterFactory extends Converter.Factory {
  private static final MediaType JSON = MediaType.get("application/json");

  private final HandWrittenProtocol protocol;

  public HandWrittenConverterFactory(HandWrittenProtocol protocol) {
    this.protocol = protocol;
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
    if (type != BusinessRequest.class) {
      return null;
    }
    return (BusinessRequest request) ->
        RequestBody.create(JSON, protocol.encode(request.method(), request.members()));
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    if (!(type instanceof Class<?> dataType)) {
      return null;
    }
    return body -> {
      try (body) {
        return protocol.decode(body.bytes(), dataType);
      }
    };
  }
}
