package org.codepaygen.benchmarks.processor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Wraps a processor and adds up the time javac spends inside it, so the processor-cost figure can tell the
 * processor's own work (validate, describe, write) from what javac adds around it (an extra round). It counts wall
 * time and the calling thread's CPU time, which is javac's thread.
 */
final class TimedProcessor implements Processor {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Processor delegate;
  private long nanos;
  private long cpuNanos;

  TimedProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  double millis() {
    return nanos / 1e6;
  }

  double cpuMillis() {
    return cpuNanos / 1e6;
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
  public void init(ProcessingEnvironment processingEnv) {
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    delegate.init(processingEnv);
    cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
    nanos += System.nanoTime() - start;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    try {
      return delegate.process(annotations, roundEnv);
    } finally {
      cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
      nanos += System.nanoTime() - start;
    }
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
