package org.codepaygen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the gateway {@code method} an API method calls, such as {@code "wisehub.cloud.pay.order"}.
 *
 * <p>The name must be dot-separated lower-case words of at most 32 characters. It is kept at run time because the
 * runtime reads it from the generated Retrofit service to set the envelope's {@code method} and to label errors.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Endpoint {
  /** The gateway method name, sent as the envelope's {@code method} field. */
  String value();
}
