package org.codepaygen.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * The problems found in one annotated interface. Validators add every problem they find rather than stopping at the
 * first, and note references to types that do not exist yet, so that the interface can be tried again in the next
 * round.
 */
public final class ValidationReport {
  private record Problem(Element element, AnnotationMirror mirror, AnnotationValue value, String text) {}

  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> unresolved = new ArrayList<>();

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
