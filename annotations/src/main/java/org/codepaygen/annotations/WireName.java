package org.codepaygen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Overrides a model property's JSON member name, which is otherwise the accessor name in snake_case. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface WireName {
  /** The JSON member name, for example {@code "merchant_order_no"}. */
  String value();
}
