package org.codepaygen.processor;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.annotation.processing.Completion;

/**
 * Runs {@link CodePayProcessor} with a {@link Filer} that records each source file it creates and the originating
 * elements given for it, so tests can see what was written even when the compilation failed.
 */
final class RecordingFiler implements Processor {
  private final CodePayProcessor delegate = new CodePayProcessor();

  /** Created source files by name, with the qualified names of their originating elements. */
  final Map<String, List<String>> created = new LinkedHashMap<>();

  @Override
  public void init(ProcessingEnvironment environment) {
    Filer filer = environment.getFiler();
    Filer recording = (Filer) Proxy.newProxyInstance(Filer.class.getClassLoader(), new Class<?>[] {Filer.class},
        (proxy, method, args) -> {
          if (method.getName().equals("createSourceFile")) {
            Element[] origins = (Element[]) args[1];
            created.put(args[0].toString(), Arrays.stream(origins)
                .map(e -> ((TypeElement) e).getQualifiedName().toString()).toList());
          }
          try {
            return method.invoke(filer, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    ProcessingEnvironment wrapped = (ProcessingEnvironment) Proxy.newProxyInstance(
        ProcessingEnvironment.class.getClassLoader(), new Class<?>[] {ProcessingEnvironment.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getFiler")) {
            return recording;
          }
          try {
            return method.invoke(environment, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    delegate.init(wrapped);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
