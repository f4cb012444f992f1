package org.codepaygen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks every type the CodePay processor writes. Kept in class files so that coverage tools (JaCoCo skips classes
 * carrying an annotation whose name ends in {@code Generated}) and readers can tell generated code apart.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CodePayGenerated {}
