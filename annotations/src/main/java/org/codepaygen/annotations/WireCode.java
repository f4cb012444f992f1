package org.codepaygen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives an enum constant the code the gateway uses for it, for example {@code @WireCode("1") SALE}. A code made of
 * digits only is written as a JSON number, any other as a JSON string; both forms are accepted when reading.
 * Constants without this annotation use their name as the code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface WireCode {
  /** The code on the wire. */
  String value();
}
