package org.codepaygen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface whose methods are CodePay endpoints. The processor generates a final implementation named by
 * {@link GeneratedNames#apiImplementation(String)}; obtain it with {@code CodePayClient.create(YourApi.class)}.
 *
 * <p>Each method must be annotated {@link Endpoint}, take exactly one {@link CodePayModel} parameter, and return
 * either a model or a {@code CompletableFuture} of a model.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CodePayApi {}
