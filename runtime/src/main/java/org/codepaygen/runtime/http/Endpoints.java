package org.codepaygen.runtime.http;

import java.lang.annotation.Annotation;
import org.codepaygen.annotations.Endpoint;

/** Finds the {@link Endpoint} a generated Retrofit service method carries. */
final class Endpoints {
  private Endpoints() {}

  /** The gateway method named by the annotations, or {@code null} when this is not a CodePay endpoint. */
  static String method(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof Endpoint endpoint) {
        return endpoint.value();
      }
    }
    return null;
  }
}
