package org.codepaygen.processor.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The Java property name of each accessor of a model, by AutoValue's rule: when every accessor is a JavaBeans getter
 * ({@code getMerchantOrderNo()}, or {@code isPaid()} returning {@code boolean} or {@code Boolean}), the prefixes are
 * dropped ({@code merchantOrderNo}, {@code paid}); otherwise the accessor names are the property names. Unlike
 * AutoValue, a mix of both styles is an error rather than a silent choice, since it decides what goes on the wire.
 */
final class PropertyNames {
  private final Interfaces interfaces;

  PropertyNames(Interfaces interfaces) {
    this.interfaces = interfaces;
  }

  /**
   * The property name of each accessor of {@code model}, in the order given. A mix of styles is reported on the
   * model; the accessor names then stand in, so that the other checks still run.
   */
  Map<ExecutableElement, String> of(TypeElement model, List<ExecutableElement> accessors, ValidationReport report) {
    Map<ExecutableElement, String> names = new LinkedHashMap<>();
    List<ExecutableElement> prefixed = new ArrayList<>();
    List<ExecutableElement> plain = new ArrayList<>();
    for (ExecutableElement accessor : accessors) {
      Optional<String> bare =
          withoutPrefix(accessor.getSimpleName().toString(), interfaces.returnType(model, accessor));
      bare.ifPresent(name -> names.put(accessor, name));
      (bare.isPresent() ? prefixed : plain).add(accessor);
    }
    if (plain.isEmpty()) {
      return names;
    }
    if (!prefixed.isEmpty()) {
      report.error(Message.MIXED_ACCESSOR_PREFIXES, model, model.getSimpleName(), list(prefixed), list(plain));
    }
    names.clear();
    accessors.forEach(accessor -> names.put(accessor, accessor.getSimpleName().toString()));
    return names;
  }

  /**
   * {@code getX} and, for a boolean or {@code Boolean} accessor, {@code isX} without the prefix, decapitalized as
   * {@code java.beans.Introspector} does ({@code getURL} gives {@code URL}). The prefix must be followed by an
   * upper-case letter: {@code issuer()} and {@code getaway()} are plain names.
   */
  static Optional<String> withoutPrefix(String accessor, TypeMirror returnType) {
    if (hasPrefix(accessor, "get")) {
      return Optional.of(decapitalize(accessor.substring(3)));
    }
    if (hasPrefix(accessor, "is") && isBoolean(returnType)) {
      return Optional.of(decapitalize(accessor.substring(2)));
    }
    return Optional.empty();
  }

  private static boolean hasPrefix(String name, String prefix) {
    return name.length() > prefix.length() && name.startsWith(prefix)
        && Character.isUpperCase(name.charAt(prefix.length()));
  }

  private static boolean isBoolean(TypeMirror type) {
    return type.getKind() == TypeKind.BOOLEAN
        || (type instanceof DeclaredType declared
            && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.lang.Boolean"));
  }

  private static String decapitalize(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static String list(List<ExecutableElement> accessors) {
    return accessors.stream().map(a -> a.getSimpleName() + "()").collect(Collectors.joining(", "));
  }
}
