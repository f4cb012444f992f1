package org.codepaygen.processor.validation;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * The problems found in one annotated interface. Validators add every problem they find rather than stopping at the
 * first, and note references to types that do not exist yet, so that the interface can be tried again in the next
 * round.
 */
public final class ValidationReport {
  private record Problem(Element element, AnnotationMirror mirror, AnnotationValue value, String text) {}

  /**
   * A model whose generated class the interface's generated code needs, by name or at run time.
   *
   * @param element the user's element that refers to the model, where a problem with it is reported
   * @param description that element in words, such as {@code "The request of endpoint query()"}
   * @param model the model interface's qualified name
   * @param generated the qualified name of the model's generated class
   */
  public record Requirement(Element element, String description, String model, String generated) {
    /** Reports on {@link #element} that the generated class does not exist. */
    public void reportMissing(Messager messager) {
      messager.printMessage(Diagnostic.Kind.ERROR,
          Message.MODEL_NOT_GENERATED.format(description, model, generated, model), element);
    }
  }

  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> unresolved = new ArrayList<>();
  private final List<Requirement> requirements = new ArrayList<>();

  /** Records an error on {@code element}. */
  public void error(Message message, Element element, Object... arguments) {
    error(message, element, null, null, arguments);
  }

  /** Records an error on an annotation of {@code element}, or on one of its values when {@code value} is given. */
  public void error(
      Message message, Element element, AnnotationMirror mirror, AnnotationValue value, Object... arguments) {
    problems.add(new Problem(element, mirror, value, message.format(arguments)));
  }

  /** Records that {@code element} refers to {@code type}, which does not exist (yet). */
  public void unresolved(Element element, String description, TypeMirror type) {
    unresolved.add(new Problem(element, null, null, Message.UNRESOLVED_TYPE.format(description, type)));
  }

  /** Records that the code generated for the interface needs the generated class of {@code model}. */
  public void requireModel(Element element, String description, TypeElement model) {
    String generated = ModelValidator.implementationOf(ClassName.get(model)).canonicalName();
    requirements.add(new Requirement(element, description, model.getQualifiedName().toString(), generated));
  }

  /** The models whose generated classes the interface's generated code needs, as recorded. */
  public List<Requirement> requirements() {
    return List.copyOf(requirements);
  }

  /** Whether nothing is wrong: the interface can be generated. */
  public boolean isClean() {
    return problems.isEmpty() && unresolved.isEmpty();
  }

  /** Whether a referenced type is missing, so a later round may still succeed. */
  public boolean hasUnresolvedTypes() {
    return !unresolved.isEmpty();
  }

  /**
   * Reports every problem as a compiler error; in the last round, references to types that never appeared are
   * errors too.
   */
  public void printTo(Messager messager, boolean lastRound) {
    List<Problem> all = new ArrayList<>(problems);
    if (lastRound) {
      all.addAll(unresolved);
    }
    for (Problem problem : all) {
      messager.printMessage(
          Diagnostic.Kind.ERROR, problem.text(), problem.element(), problem.mirror(), problem.value());
    }
  }
}
