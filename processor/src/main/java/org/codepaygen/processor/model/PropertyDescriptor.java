package org.codepaygen.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.Objects;

/**
 * One property of a model, as the writers need it.
 *
 * @param name the Java property name: the accessor's name, or without its {@code get}/{@code is} prefix when every
 *     accessor of the model has one; the generated fields and builder methods are named so
 * @param accessorName the accessor's name, which the generated class implements
 * @param wireName the JSON member name
 * @param kind what the property holds
 * @param type the stored type: the accessor's type, or {@code T} for an {@code Optional<T>} accessor
 * @param optional whether the accessor returns {@code Optional<T>}
 * @param required whether the builder refuses a missing value
 * @param maxLength the {@code @MaxLength} limit, or {@code 0} when there is none
 * @param pattern the {@code @Pattern} expression, or {@code null} when there is none
 * @param sensitive whether {@code toString()} masks the value
 * @param nestedImplementation for {@link PropertyKind#MODEL} and {@link PropertyKind#MODEL_LIST}, the generated
 *     class of the nested model; otherwise {@code null}
 * @param javadoc the accessor's documentation, or an empty string
 */
public record PropertyDescriptor(
    String name,
    String accessorName,
    String wireName,
    PropertyKind kind,
    TypeName type,
    boolean optional,
    boolean required,
    int maxLength,
    String pattern,
    boolean sensitive,
    ClassName nestedImplementation,
    String javadoc) {
  public PropertyDescriptor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(accessorName, "accessorName");
    Objects.requireNonNull(wireName, "wireName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(javadoc, "javadoc");
  }

  /** The type the builder stores: primitives are boxed there so that a missing value is {@code null}. */
  public TypeName builderType() {
    return type.box();
  }
}
