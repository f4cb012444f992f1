package org.codepaygen.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.codepaygen.annotations.CodePayApi;
import org.codepaygen.annotations.CodePayGenerated;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.processor.validation.ApiValidator;
import org.codepaygen.processor.validation.Message;
import org.codepaygen.processor.validation.ModelValidator;
import org.codepaygen.processor.validation.ValidationReport;
import org.codepaygen.processor.validation.ValidationReport.Requirement;
import org.codepaygen.processor.writing.ApiWriter;
import org.codepaygen.processor.writing.ModelWriter;

/**
 * Generates an immutable, rule-checking class for each {@code @CodePayModel} interface and a client for each
 * {@code @CodePayApi} interface.
 *
 * <p>Each interface goes through the same pipeline: validate (collecting every problem) → describe → write. Nothing
 * is written for an interface with a problem, nor for one that needs the generated class of a model with a problem,
 * so that every error the user sees is on their own code; one broken interface never stops the others. An interface
 * that refers to a type not generated yet (by another processor, or by this one for a model still deferred) is tried
 * again in the next round, by name; if the type never appears, the last round reports it. The processor takes no
 * options; it claims CodePay's annotations, and those of its own output, as {@link Claims} explains.
 * Each generated file has exactly one originating element, the interface, as Gradle's isolating mode requires.
 */
@AutoService(Processor.class)
public final class CodePayProcessor extends AbstractProcessor {
  /** Enough for a generated model of a dozen properties without growing. */
  private static final int SOURCE_CAPACITY = 16 * 1024;

  private final Set<String> deferredModels = new LinkedHashSet<>();
  private final Set<String> deferredApis = new LinkedHashSet<>();
  /** The qualified name of each class written so far, with the interface it was written for. */
  private final Map<String, String> written = new HashMap<>();
  /** The interfaces that had a problem: nothing that needs their generated class is written either. */
  private final Set<String> failed = new HashSet<>();

  private Elements elements;
  private Messager messager;
  private ModelValidator modelValidator;
  private ApiValidator apiValidator;
  private final ModelWriter modelWriter = new ModelWriter();
  private final ApiWriter apiWriter = new ApiWriter();

  /** An interface without problems and the file to write for it, once the models it needs are known to be sound. */
  private record Candidate(TypeElement type, ValidationReport report, JavaFile file, Set<String> deferred) {
    String name() {
      return type.getQualifiedName().toString();
    }

    String generated() {
      String simpleName = file.typeSpec().name();
      return file.packageName().isEmpty() ? simpleName : file.packageName() + "." + simpleName;
    }
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    elements = processingEnv.getElementUtils();
    messager = processingEnv.getMessager();
    modelValidator = new ModelValidator(elements, processingEnv.getTypeUtils());
    apiValidator = new ApiValidator(elements, processingEnv.getTypeUtils());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Claims.supportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    boolean lastRound = round.processingOver();
    List<Candidate> candidates = new ArrayList<>();
    for (TypeElement model : take(deferredModels, round, CodePayModel.class)) {
      validate(model, lastRound, deferredModels, modelValidator::validate, d -> modelWriter.write(d, model))
          .ifPresent(candidates::add);
    }
    for (TypeElement api : take(deferredApis, round, CodePayApi.class)) {
      validate(api, lastRound, deferredApis, apiValidator::validate, d -> apiWriter.write(d, api))
          .ifPresent(candidates::add);
    }
    for (Candidate candidate : settle(withoutNameClashes(candidates), lastRound)) {
      write(candidate);
    }
    return Claims.claim(annotations, round, written);
  }

  /** The types deferred from earlier rounds, looked up again by name, then this round's annotated types. */
  private List<TypeElement> take(
      Set<String> deferred, RoundEnvironment round, Class<? extends java.lang.annotation.Annotation> annotation) {
    Map<String, TypeElement> types = new LinkedHashMap<>();
    for (String name : deferred) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        types.put(name, type);
      }
    }
    deferred.clear();
    for (Element element : round.getElementsAnnotatedWith(annotation)) {
      if (element instanceof TypeElement type) {
        types.putIfAbsent(type.getQualifiedName().toString(), type);
      }
    }
    return new ArrayList<>(types.values());
  }

  /** Validates {@code type} and reports its problems; a candidate when it has none, unless deferred. */
  private <D> Optional<Candidate> validate(
      TypeElement type,
      boolean lastRound,
      Set<String> deferred,
      BiFunction<TypeElement, ValidationReport, Optional<D>> validator,
      Function<D, JavaFile> writer) {
    String name = type.getQualifiedName().toString();
    ValidationReport report = new ValidationReport();
    Optional<D> descriptor;
    try {
      descriptor = validator.apply(type, report);
    } catch (RuntimeException e) {
      // A bug here must not hide the problems of other interfaces.
      messager.printMessage(Diagnostic.Kind.ERROR, "CodePay processor failed on " + name + ": " + e, type);
      failed.add(name);
      return Optional.empty();
    }
    if (report.hasUnresolvedTypes() && !lastRound) {
      deferred.add(name);
      return Optional.empty();
    }
    report.printTo(messager, lastRound);
    if (descriptor.isEmpty() || !report.isClean()) {
      failed.add(name);
      return Optional.empty();
    }
    return Optional.of(new Candidate(type, report, writer.apply(descriptor.get()), deferred));
  }

  /**
   * The candidates whose generated class name is free. A name is taken when two interfaces map to it ({@code
   * Outer.Inner} and {@code Outer_Inner}), or when a type not generated by CodePay already has it.
   */
  private List<Candidate> withoutNameClashes(List<Candidate> candidates) {
    Map<String, List<Candidate>> byGenerated = new LinkedHashMap<>();
    for (Candidate candidate : candidates) {
      byGenerated.computeIfAbsent(candidate.generated(), g -> new ArrayList<>()).add(candidate);
    }
    List<Candidate> free = new ArrayList<>();
    for (Map.Entry<String, List<Candidate>> entry : byGenerated.entrySet()) {
      String generated = entry.getKey();
      List<Candidate> claimants = entry.getValue();
      for (Candidate candidate : claimants) {
        String taken = takenBy(candidate, generated, claimants);
        if (taken == null) {
          free.add(candidate);
        } else {
          messager.printMessage(Diagnostic.Kind.ERROR,
              Message.GENERATED_NAME_TAKEN.format(candidate.name(), generated, taken), candidate.type());
          failed.add(candidate.name());
        }
      }
    }
    return free;
  }

  /** Why {@code candidate} cannot have the class name {@code generated}, or {@code null} when it can. */
  private String takenBy(Candidate candidate, String generated, List<Candidate> claimants) {
    List<String> others = claimants.stream().map(Candidate::name).filter(n -> !n.equals(candidate.name())).toList();
    if (!others.isEmpty()) {
      return "is also the class generated for " + String.join(", ", others);
    }
    String owner = written.get(generated);
    if (owner != null) {
      return "was already generated for " + owner;
    }
    // Costly for a name not there yet (javac tries every platform module), but javac's Filer makes the same lookup
    // when the file is created and keeps the answer for the round, so asking first costs nothing more.
    TypeElement existing = elements.getTypeElement(generated);
    if (existing != null && existing.getAnnotation(CodePayGenerated.class) == null) {
      return "already exists in your code";
    }
    return null;
  }

  /**
   * The candidates that can be written now: every model whose generated class they need is sound. Since each
   * generated file refers to the generated classes of its models, a candidate that needs a failed model is dropped
   * silently (the model's own errors say what to fix), and one that needs a model still to come is deferred. Drops
   * and deferrals propagate, so this repeats until nothing changes.
   */
  private List<Candidate> settle(List<Candidate> candidates, boolean lastRound) {
    List<Candidate> ready = new ArrayList<>(candidates);
    boolean changed = true;
    while (changed) {
      Set<String> readyNames = new HashSet<>();
      ready.forEach(candidate -> readyNames.add(candidate.name()));
      changed = ready.removeIf(candidate -> !modelsReady(candidate, readyNames, lastRound));
    }
    return ready;
  }

  /**
   * Whether the generated class of every model {@code candidate} needs is written or about to be. If not, the
   * candidate is deferred to the next round, or in the last round dropped, with an error only for a model whose
   * generated class nobody writes (a model compiled without this processor).
   */
  private boolean modelsReady(Candidate candidate, Set<String> readyNames, boolean lastRound) {
    List<Requirement> missing = new ArrayList<>();
    boolean waiting = false;
    for (Requirement requirement : candidate.report().requirements()) {
      if (failed.contains(requirement.model())) {
        failed.add(candidate.name());
        return false;
      }
      if (readyNames.contains(requirement.model()) || written.containsKey(requirement.generated())) {
        continue;
      }
      if (deferredModels.contains(requirement.model())) {
        waiting = true;
      } else if (elements.getTypeElement(requirement.generated()) == null) {
        missing.add(requirement);
      }
    }
    if (!waiting && missing.isEmpty()) {
      return true;
    }
    if (!lastRound) {
      candidate.deferred().add(candidate.name());
      return false;
    }
    missing.forEach(requirement -> requirement.reportMissing(messager));
    failed.add(candidate.name());
    return false;
  }

  private void write(Candidate candidate) {
    written.put(candidate.generated(), candidate.name());
    try {
      // Rendered into memory, then handed over in one piece: JavaPoet writes a file in thousands of small strings,
      // and each would otherwise go through the Filer writer's encoder on its own.
      StringBuilder source = new StringBuilder(SOURCE_CAPACITY);
      candidate.file().writeTo(source);
      // The writers name the originating elements (what an incremental build tracks), as JavaFile.writeTo would.
      JavaFileObject file = processingEnv.getFiler().createSourceFile(candidate.generated(),
          candidate.file().typeSpec().originatingElements().toArray(new Element[0]));
      try (Writer writer = file.openWriter()) {
        writer.append(source);
      }
    } catch (IOException e) {
      messager.printMessage(Diagnostic.Kind.ERROR,
          Message.WRITE_FAILED.format(candidate.generated(), e.getMessage()), candidate.type());
    }
  }
}
