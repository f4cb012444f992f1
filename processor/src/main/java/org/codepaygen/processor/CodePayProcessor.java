package org.codepaygen.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.util.ArrayList;
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
import org.codepaygen.annotations.CodePayApi;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.processor.validation.ApiValidator;
import org.codepaygen.processor.validation.Message;
import org.codepaygen.processor.validation.ModelValidator;
import org.codepaygen.processor.validation.ValidationReport;
import org.codepaygen.processor.writing.ApiWriter;
import org.codepaygen.processor.writing.ModelWriter;

/**
 * Generates an immutable, rule-checking class for each {@code @CodePayModel} interface and a client for each
 * {@code @CodePayApi} interface.
 *
 * <p>Each interface goes through the same pipeline: validate (collecting every problem) → describe → write. Nothing
 * is written for an interface with a problem, and one broken interface never stops the others. An interface that
 * refers to a type not generated yet (by another processor) is tried again in the next round, by name; if the type
 * never appears, the last round reports it. The processor takes no options and never claims its annotations.
 * Each generated file has exactly one originating element, the interface, as Gradle's isolating mode requires.
 */
@AutoService(Processor.class)
public final class CodePayProcessor extends AbstractProcessor {
  private final Set<String> deferredModels = new LinkedHashSet<>();
  private final Set<String> deferredApis = new LinkedHashSet<>();
  private final Set<String> written = new HashSet<>();

  private Elements elements;
  private Messager messager;
  private ModelValidator modelValidator;
  private ApiValidator apiValidator;
  private final ModelWriter modelWriter = new ModelWriter();
  private final ApiWriter apiWriter = new ApiWriter();

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
    return Set.of(CodePayModel.class.getCanonicalName(), CodePayApi.class.getCanonicalName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    boolean lastRound = round.processingOver();
    for (TypeElement model : take(deferredModels, round, CodePayModel.class)) {
      handle(model, lastRound, deferredModels, modelValidator::validate, d -> modelWriter.write(d, model));
    }
    for (TypeElement api : take(deferredApis, round, CodePayApi.class)) {
      handle(api, lastRound, deferredApis, apiValidator::validate, d -> apiWriter.write(d, api));
    }
    return false;
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

  private <D> void handle(
      TypeElement type,
      boolean lastRound,
      Set<String> deferred,
      BiFunction<TypeElement, ValidationReport, Optional<D>> validator,
      Function<D, JavaFile> writer) {
    ValidationReport report = new ValidationReport();
    Optional<D> descriptor;
    try {
      descriptor = validator.apply(type, report);
    } catch (RuntimeException e) {
      // A bug here must not hide the problems of other interfaces.
      messager.printMessage(Diagnostic.Kind.ERROR,
          "CodePay processor failed on " + type.getQualifiedName() + ": " + e, type);
      return;
    }
    if (report.hasUnresolvedTypes() && !lastRound) {
      deferred.add(type.getQualifiedName().toString());
      return;
    }
    report.printTo(messager, lastRound);
    if (descriptor.isEmpty() || !report.isClean()) {
      return;
    }
    JavaFile file = writer.apply(descriptor.get());
    String name = file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
    if (!written.add(name)) {
      return;
    }
    try {
      file.writeTo(processingEnv.getFiler());
    } catch (IOException e) {
      messager.printMessage(Diagnostic.Kind.ERROR, Message.WRITE_FAILED.format(name, e.getMessage()), type);
    }
  }
}
