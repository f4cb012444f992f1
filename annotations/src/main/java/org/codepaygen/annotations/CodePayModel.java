package org.codepaygen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface that describes a request or response body. Every abstract no-argument method is a property;
 * its wire name is the method name in snake_case unless {@link WireName} says otherwise.
 *
 * <p>The processor generates an immutable implementation named by {@link GeneratedNames#modelImplementation(String)}
 * with a builder that checks CodePay's formatting rules. Properties are required unless their accessor returns
 * {@code Optional} or carries an annotation named {@code Nullable} (any package).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CodePayModel {}
