package org.codepaygen.runtime.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Carries a nested model, or a list of them, as a JSON-encoded string value, so that request bodies stay flat as
 * CodePay's signing rule expects (protocol §1). When reading, both the string form and a plain nested object or
 * array are accepted.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@JacksonAnnotationsInside
@JsonSerialize(using = EmbeddedJsonSerializer.class)
@JsonDeserialize(using = EmbeddedJsonDeserializer.class)
public @interface EmbeddedJson {}
