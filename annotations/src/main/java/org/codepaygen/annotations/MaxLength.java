package org.codepaygen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits a {@code String} property to at most {@code value} characters. Because CodePay accepts only characters of
 * the Basic Multilingual Plane, a character here is one UTF-16 code unit and one code point.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface MaxLength {
  /** The largest number of characters allowed; at least 1. */
  int value();
}
