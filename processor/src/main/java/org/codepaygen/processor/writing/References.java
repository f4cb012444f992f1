package org.codepaygen.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/**
 * The types generated code refers to, by name: the processor itself has none of the runtime, Jackson or Retrofit on
 * its class path.
 */
final class References {
  static final String PROCESSOR = "org.codepaygen.processor.CodePayProcessor";

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName CODE_PAY_GENERATED = ClassName.get("org.codepaygen.annotations", "CodePayGenerated");
  static final ClassName ENDPOINT = ClassName.get("org.codepaygen.annotations", "Endpoint");

  static final ClassName RULES = ClassName.get("org.codepaygen.runtime.rules", "Rules");
  static final ClassName VALIDATION_EXCEPTION = ClassName.get("org.codepaygen.runtime.error", "ValidationException");
  static final ClassName EMBEDDED_JSON = ClassName.get("org.codepaygen.runtime.json", "EmbeddedJson");
  static final ClassName CODE_PAY_CLIENT = ClassName.get("org.codepaygen.runtime", "CodePayClient");
  static final ClassName ACKNOWLEDGEMENT = ClassName.get("org.codepaygen.runtime", "Acknowledgement");

  static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
  static final ClassName JSON_INCLUDE = ClassName.get("com.fasterxml.jackson.annotation", "JsonInclude");
  static final ClassName JSON_IGNORE_PROPERTIES =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonIgnoreProperties");
  static final ClassName JSON_DESERIALIZE =
      ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
  static final ClassName JSON_POJO_BUILDER =
      ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonPOJOBuilder");

  static final ClassName POST = ClassName.get("retrofit2.http", "POST");
  static final ClassName BODY = ClassName.get("retrofit2.http", "Body");

  static final ClassName PATTERN = ClassName.get("java.util.regex", "Pattern");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
  static final ClassName COMPLETABLE_FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");

  private References() {}

  /** {@code @Generated} naming the processor, without a date, so that output is the same for the same input. */
  static AnnotationSpec generated() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build();
  }

  /** {@code @CodePayGenerated}, kept in class files so that coverage tools skip generated code. */
  static AnnotationSpec codePayGenerated() {
    return AnnotationSpec.builder(CODE_PAY_GENERATED).build();
  }

  /** {@code @JsonProperty("wireName")}. */
  static AnnotationSpec jsonProperty(String wireName) {
    return AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", wireName).build();
  }

  /** The user's documentation, then a blank line when there is any. */
  static String withParagraph(String javadoc) {
    return javadoc.isEmpty() ? "" : javadoc + "\n\n<p>";
  }
}
