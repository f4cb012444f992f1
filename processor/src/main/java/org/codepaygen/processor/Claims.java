package org.codepaygen.processor;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import org.codepaygen.processor.writing.GeneratedAnnotations;

/**
 * Which annotations the processor claims, so that {@code javac -Xlint:all -Werror} has nothing to say about
 * CodePay's ("No processor claimed any of these annotations"). javac takes a processor's answer for every annotation
 * type it was handed in a round at once, so the processor claims a round's annotations only when each of them is
 * either CodePay's own (no other processor has a use for them) or, like Jackson's, Retrofit's and {@code @Generated},
 * found on nothing but classes this processor wrote. A processor that runs after it therefore still sees those
 * annotations wherever the user's own code carries them.
 *
 * <p>javac stops offering a round to the processors after one that claimed its last unclaimed annotation type, and a
 * processor for {@code "*"} that had not run yet would then be skipped. So the processor claims nothing in a round
 * whose only annotations are those it handles (interfaces carrying CodePay's annotations and nothing else, not even
 * {@code @Override}); javac then warns, and {@code -Xlint:-processing} is the way out, as the processor's README says.
 */
final class Claims {
  private static final String OWN_PACKAGE = "org.codepaygen.annotations";

  private Claims() {}

  /** The annotation types the processor asks javac for: its own, and those its generated code carries. */
  static Set<String> supportedAnnotationTypes() {
    Set<String> types = new LinkedHashSet<>();
    types.add(OWN_PACKAGE + ".*");
    GeneratedAnnotations.names().stream().filter(name -> !isOwn(name)).sorted().forEach(types::add);
    return types;
  }

  /**
   * Whether to claim {@code annotations}, this round's annotation types handed to the processor; {@code written}
   * maps the name of each class the processor wrote to the interface it was written for.
   */
  static boolean claim(Set<? extends TypeElement> annotations, RoundEnvironment round, Map<String, String> written) {
    if (!carriesOtherAnnotations(round.getRootElements(), handed(annotations))) {
      return false;
    }
    Set<TypeElement> others = annotations.stream()
        .filter(annotation -> !isOwn(annotation.getQualifiedName().toString()))
        .collect(Collectors.toSet());
    return others.isEmpty() || onlyOnWrittenCode(others, round, written);
  }

  private static Set<String> handed(Set<? extends TypeElement> annotations) {
    Set<String> names = new HashSet<>();
    annotations.forEach(annotation -> names.add(annotation.getQualifiedName().toString()));
    return names;
  }

  /** Whether an annotation other than {@code handed} is on these elements, their members or their parameters. */
  private static boolean carriesOtherAnnotations(Collection<? extends Element> elements, Set<String> handed) {
    for (Element element : elements) {
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
        if (!handed.contains(type.getQualifiedName().toString())) {
          return true;
        }
      }
      if (carriesOtherAnnotations(element.getEnclosedElements(), handed)
          || element instanceof ExecutableElement method && carriesOtherAnnotations(method.getParameters(), handed)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOwn(String annotation) {
    return annotation.startsWith(OWN_PACKAGE + ".");
  }

  /**
   * Whether every one of {@code annotations} is found, and found only on classes the processor wrote. One scan of the
   * round for all of them: a scan per annotation type went over every generated class again each time.
   */
  private static boolean onlyOnWrittenCode(
      Set<TypeElement> annotations, RoundEnvironment round, Map<String, String> written) {
    Set<String> found = new HashSet<>();
    for (Element element : round.getElementsAnnotatedWithAny(annotations.toArray(new TypeElement[0]))) {
      if (!written.containsKey(topLevelName(element))) {
        return false;
      }
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        found.add(((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString());
      }
    }
    // Nothing found (a type-use annotation, say) is nothing proven: such an annotation is left to others.
    return annotations.stream().allMatch(annotation -> found.contains(annotation.getQualifiedName().toString()));
  }

  private static String topLevelName(Element element) {
    Element type = element;
    while (type.getEnclosingElement() != null && !(type.getEnclosingElement() instanceof PackageElement)) {
      type = type.getEnclosingElement();
    }
    return type instanceof TypeElement top ? top.getQualifiedName().toString() : "";
  }
}
