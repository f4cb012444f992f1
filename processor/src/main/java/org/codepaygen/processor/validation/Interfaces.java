package org.codepaygen.processor.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** What the model and API validators share: the checks on the annotated type itself, its methods and its docs. */
final class Interfaces {
  private final Elements elements;
  private final Types types;

  Interfaces(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * Checks that {@code type} is a non-generic, non-private interface; reports each problem on the annotation.
   * Returns whether its methods can be examined.
   */
  boolean checkDeclaration(TypeElement type, String annotationName, ValidationReport report) {
    AnnotationMirror mirror = Annotations.find(type, annotationName).orElse(null);
    String simpleAnnotation = annotationName.substring(annotationName.lastIndexOf('.') + 1);
    if (type.getKind() == ElementKind.RECORD && annotationName.equals(Names.CODE_PAY_MODEL)) {
      String components = type.getRecordComponents().stream()
          .map(c -> c.asType() + " " + c.getSimpleName() + "();")
          .collect(Collectors.joining(" "));
      report.error(Message.RECORD_MODEL, type, mirror, null, type.getSimpleName(), components);
      return false;
    }
    if (type.getKind() != ElementKind.INTERFACE) {
      report.error(Message.NOT_INTERFACE, type, mirror, null, simpleAnnotation, type.getSimpleName());
      return false;
    }
    boolean usable = true;
    if (!type.getTypeParameters().isEmpty()) {
      String parameters =
          type.getTypeParameters().stream().map(p -> p.getSimpleName().toString()).collect(Collectors.joining(", "));
      report.error(Message.GENERIC_TYPE, type, type.getSimpleName(), parameters);
      usable = false;
    }
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        report.error(Message.PRIVATE_TYPE, type, e.getSimpleName());
        usable = false;
      }
    }
    return usable;
  }

  /**
   * The abstract methods of {@code type} and of the interfaces it extends, declared ones first, each once. Default,
   * static and private methods are left alone, and so are redeclared {@code equals}, {@code hashCode} and
   * {@code toString}, which every class has. A parent's abstract method that a default method overrides is not
   * abstract in {@code type}, so it is left alone too.
   */
  List<ExecutableElement> abstractMethods(TypeElement type) {
    Map<String, ExecutableElement> methods = new LinkedHashMap<>();
    collect(type, methods);
    return methods.values().stream().filter(m -> m.getModifiers().contains(Modifier.ABSTRACT)).toList();
  }

  private void collect(TypeElement type, Map<String, ExecutableElement> methods) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.STATIC) || isObjectMethod(method)) {
        continue;
      }
      String key = method.getSimpleName() + method.getParameters().stream()
          .map(p -> types.erasure(p.asType()).toString())
          .collect(Collectors.joining(",", "(", ")"));
      methods.putIfAbsent(key, method);
    }
    for (TypeMirror parent : type.getInterfaces()) {
      if (parent instanceof DeclaredType declared) {
        collect((TypeElement) declared.asElement(), methods);
      }
    }
  }

  /**
   * The first accessor of {@code model} (or of the interfaces it extends) that returns the runtime's
   * {@code FileData}, plain or in an {@code Optional}, or {@code null}: such a model is the request of an upload.
   */
  ExecutableElement fileAccessor(TypeElement model) {
    for (ExecutableElement accessor : abstractMethods(model)) {
      TypeMirror type = accessor.getReturnType();
      if (type instanceof DeclaredType declared && isOptional(declared) && declared.getTypeArguments().size() == 1) {
        type = declared.getTypeArguments().get(0);
      }
      if (isFile(type)) {
        return accessor;
      }
    }
    return null;
  }

  /** Whether {@code type} is the runtime's {@code FileData}, by name: the processor does not have the runtime. */
  static boolean isFile(TypeMirror type) {
    return type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(Names.FILE_DATA);
  }

  private static boolean isOptional(DeclaredType type) {
    return ((TypeElement) type.asElement()).getQualifiedName().contentEquals("java.util.Optional");
  }

  private static boolean isObjectMethod(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    int parameters = method.getParameters().size();
    return (parameters == 0 && (name.equals("hashCode") || name.equals("toString")))
        || (parameters == 1 && name.equals("equals")
            && method.getParameters().get(0).asType().toString().equals("java.lang.Object"));
  }

  /**
   * Reports each checked exception in the throws clause of {@code method}: generated code implements the method
   * without it, and calls accessors where nothing could catch it. Returns whether there was none.
   */
  boolean checkThrows(ExecutableElement method, ValidationReport report) {
    TypeMirror runtimeException = elements.getTypeElement("java.lang.RuntimeException").asType();
    TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
    boolean none = true;
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (!types.isSubtype(thrown, runtimeException) && !types.isSubtype(thrown, error)) {
        report.error(Message.CHECKED_EXCEPTION, method, method.getSimpleName(), thrown);
        none = false;
      }
    }
    return none;
  }

  /** The return type of {@code method} as a member of {@code type}, with the parent's type arguments filled in. */
  TypeMirror returnType(TypeElement type, ExecutableElement method) {
    return ((javax.lang.model.type.ExecutableType) types.asMemberOf((DeclaredType) type.asType(), method))
        .getReturnType();
  }

  /** The documentation comment of {@code element} without the leading space of each line, or {@code ""}. */
  String javadoc(Element element) {
    String comment = elements.getDocComment(element);
    if (comment == null) {
      return "";
    }
    List<String> lines = new ArrayList<>();
    for (String line : comment.split("\r?\n", -1)) {
      String stripped = line.startsWith(" ") ? line.substring(1) : line;
      lines.add(stripped.stripTrailing());
    }
    while (!lines.isEmpty() && lines.get(0).isEmpty()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return String.join("\n", lines);
  }

  /** Whether {@code type} is an interface annotated {@code @CodePayModel}. */
  static boolean isModel(TypeMirror type) {
    if (!(type instanceof DeclaredType declared)) {
      return false;
    }
    Element element = declared.asElement();
    return element.getKind() == ElementKind.INTERFACE
        && Annotations.find(element, Names.CODE_PAY_MODEL).isPresent();
  }
}
