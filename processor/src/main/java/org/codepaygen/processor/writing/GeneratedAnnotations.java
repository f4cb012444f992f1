package org.codepaygen.processor.writing;

import com.palantir.javapoet.ClassName;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The annotation types the generated code carries, so that the processor can claim them on its own output. */
public final class GeneratedAnnotations {
  private GeneratedAnnotations() {}

  /** Their qualified names. */
  public static Set<String> names() {
    return Stream.of(
            References.GENERATED, References.CODE_PAY_GENERATED, References.ENDPOINT, References.EMBEDDED_JSON,
            References.JSON_PROPERTY, References.JSON_INCLUDE, References.JSON_IGNORE_PROPERTIES,
            References.JSON_DESERIALIZE, References.JSON_POJO_BUILDER, References.POST, References.BODY)
        .map(ClassName::canonicalName)
        .collect(Collectors.toUnmodifiableSet());
  }
}
