package org.codepaygen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Requires a {@code String} property to match a {@link java.util.regex.Pattern} regular expression as a whole. The
 * processor compiles the expression at build time and reports a syntax error on this annotation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Pattern {
  /** The regular expression the whole value must match. */
  String value();
}
