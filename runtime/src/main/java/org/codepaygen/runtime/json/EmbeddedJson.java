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
 * Carries a nested model, a list or a map as a JSON-encoded string value, so that request bodies stay flat as
 * CodePay's signing rule expects (protocol §1). Only the top level is flattened: inside the string, deeper models,
 * lists and maps are plain JSON ({@code order_detail} holds {@code "data":{"items":[{...}]}}). When reading, both
 * the string form and a plain nested object or array are accepted at every level.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@JacksonAnnotationsInside
@JsonSerialize(using = EmbeddedJsonSerializer.class)
@JsonDeserialize(using = EmbeddedJsonDeserializer.class)
public @interface EmbeddedJson {}
