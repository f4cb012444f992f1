package org.codepaygen.processor.validation;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Finds annotations by name, so that errors can point at the annotation and the value that are wrong. */
final class Annotations {
  private Annotations() {}

  /** The annotation of type {@code qualifiedName} on {@code construct}, if present. */
  static Optional<AnnotationMirror> find(AnnotatedConstruct construct, String qualifiedName) {
    for (AnnotationMirror mirror : construct.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code construct} carries an annotation whose simple name is {@code simpleName}, from any package. */
  static boolean hasSimpleName(AnnotatedConstruct construct, String simpleName) {
    for (AnnotationMirror mirror : construct.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName)) {
        return true;
      }
    }
    return false;
  }

  /** The explicitly written {@code value} member of {@code mirror}. Every CodePay annotation requires it. */
  static AnnotationValue value(AnnotationMirror mirror) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value")) {
        return entry.getValue();
      }
    }
    throw new IllegalStateException("No value in " + mirror);
  }
}
