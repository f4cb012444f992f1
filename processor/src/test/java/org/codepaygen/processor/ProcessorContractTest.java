package org.codepaygen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What every run promises: the same bytes for the same input, one originating element, rounds, packaging. */
class ProcessorContractTest {
  @Test
  void compilingTwiceGivesTheSameBytes() throws IOException {
    Map<String, String> first = GoldenFilesTest.generatedSources(Specs.compile(Specs.shop()));
    List<JavaFileObject> reversed = new ArrayList<>(Specs.shop());
    Collections.reverse(reversed);
    Map<String, String> second = GoldenFilesTest.generatedSources(Specs.compile(reversed));
    assertThat(first).isNotEmpty();
    for (Map.Entry<String, String> file : first.entrySet()) {
      assertThat(second.get(file.getKey()).getBytes(UTF_8)).as(file.getKey())
          .isEqualTo(file.getValue().getBytes(UTF_8));
    }
    assertThat(second.keySet()).isEqualTo(first.keySet());
  }

  @Test
  void eachGeneratedFileHasTheAnnotatedInterfaceAsItsOnlyOriginatingElement() {
    RecordingFiler recording = new RecordingFiler();
    assertThat(javac().withProcessors(recording).compile(Specs.shop())).succeeded();
    assertThat(recording.created).containsExactlyInAnyOrderEntriesOf(Map.of(
        "shop.ImmutableItem", List.of("shop.Item"),
        "shop.ImmutableCreateOrder", List.of("shop.CreateOrder"),
        "shop.ImmutableOrderQuery", List.of("shop.OrderQuery"),
        "shop.ImmutableOrderStatus", List.of("shop.OrderStatus"),
        "shop.ImmutableOrderPushed", List.of("shop.OrderPushed"),
        "shop.ImmutableRevokeOrder", List.of("shop.RevokeOrder"),
        "shop.CodePay_CloudPay", List.of("shop.CloudPay")));
  }

  @Test
  void retriesAModelInTheRoundAfterAnotherProcessorGeneratesItsPropertyType() throws IOException {
    JavaFileObject order = CompileErrorsTest.source("Order", "@CodePayModel public interface Order {",
        "  Later later();", "  Optional<Kind> kind();", "}");
    Compilation compilation = javac()
        .withProcessors(new CodePayProcessor(), new GeneratesLaterTypes())
        .compile(order);
    assertThat(compilation).succeeded();
    String generated = GoldenFilesTest.generatedSources(compilation).get("test/ImmutableOrder.java");
    assertThat(generated).contains("private final Later later;", "private final Kind kind;");
    assertThat(GoldenFilesTest.generatedSources(compilation)).containsKey("test/ImmutableLater.java");
  }

  @Test
  void holdsAnApiBackUntilItsRequestModelIsWrittenInALaterRound() throws IOException {
    JavaFileObject order = CompileErrorsTest.source("Order", "@CodePayModel public interface Order {",
        "  Later later();", "}");
    JavaFileObject api = CompileErrorsTest.source("Api", "@CodePayApi public interface Api {",
        "  @Endpoint(\"order.query\") Later query(Order order);", "}");
    RecordingFiler recording = new RecordingFiler();
    Compilation compilation = javac().withProcessors(recording, new GeneratesLaterTypes()).compile(order, api);
    assertThat(compilation).succeeded();
    assertThat(recording.created).containsOnlyKeys("test.ImmutableOrder", "test.ImmutableLater", "test.CodePay_Api");
  }

  @Test
  void neverSeesALocalInterfaceSinceJavacDoesNotShowLocalTypesToProcessors() {
    JavaFileObject holder = CompileErrorsTest.source("Holder", "class Holder {", "  void m() {",
        "    @CodePayModel interface Local { String id(); }", "  }", "}");
    RecordingFiler recording = new RecordingFiler();
    assertThat(javac().withProcessors(recording).compile(holder)).succeeded();
    assertThat(recording.created).isEmpty();
  }

  @Test
  void namesNestedInterfacesByTheRuntimesRuleAndCopesWithNamesThatShadowLocals() throws IOException {
    JavaFileObject outer = CompileErrorsTest.source("Outer", "public class Outer {",
        "  @CodePayModel public interface Req { String other(); String that(); String missing();"
            + " Optional<Integer> service(); }",
        "  @CodePayApi public interface Api {",
        "    @Endpoint(\"order.query\") Req query(Req service);",
        "    @Endpoint(\"order.close\") CompletableFuture<Req> close(Req e);",
        "  }",
        "}");
    Compilation compilation = Specs.compile(outer);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(GoldenFilesTest.generatedSources(compilation))
        .containsOnlyKeys("test/ImmutableOuter_Req.java", "test/CodePay_Outer_Api.java");
    assertThat(org.codepaygen.annotations.GeneratedNames.modelImplementation("test.Outer$Req"))
        .isEqualTo("test.ImmutableOuter_Req");
    assertThat(org.codepaygen.annotations.GeneratedNames.apiImplementation("test.Outer$Api"))
        .isEqualTo("test.CodePay_Outer_Api");
  }

  @Test
  void aTypeUseNullableMakesAPropertyOptional() throws IOException {
    JavaFileObject nullable = CompileErrorsTest.source("Nullable",
        "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE) public @interface Nullable {}");
    JavaFileObject model = CompileErrorsTest.source("M", "@CodePayModel public interface M {",
        "  @Nullable String note();", "  String id();", "}");
    Compilation compilation = Specs.compile(nullable, model);
    assertThat(compilation).succeededWithoutWarnings();
    String generated = GoldenFilesTest.generatedSources(compilation).get("test/ImmutableM.java");
    assertThat(generated).contains("missing.add(\"id\")").doesNotContain("missing.add(\"note\")");
  }

  @Test
  void supportsTheLatestSourceVersionAndNoOptions() {
    CodePayProcessor processor = new CodePayProcessor();
    assertThat(processor.getSupportedSourceVersion()).isEqualTo(SourceVersion.latestSupported());
    assertThat(processor.getSupportedOptions()).isEmpty();
    assertThat(processor.getSupportedAnnotationTypes())
        .contains("org.codepaygen.annotations.*", "com.fasterxml.jackson.annotation.JsonProperty",
            "retrofit2.http.POST");
  }

  @Test
  void declaresItselfIsolatingForGradle() throws IOException {
    try (InputStream in = getClass().getClassLoader()
        .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), UTF_8).trim())
          .isEqualTo("org.codepaygen.processor.CodePayProcessor,isolating");
    }
  }

  /** Writes a model interface and an enum in its first round, as another processor would. */
  static final class GeneratesLaterTypes extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (done) {
        return false;
      }
      done = true;
      write("test.Later", "package test;\n@org.codepaygen.annotations.CodePayModel\n"
          + "public interface Later { String id(); }\n");
      write("test.Kind", "package test;\npublic enum Kind { A, @org.codepaygen.annotations.UnknownCode UNKNOWN }\n");
      return false;
    }

    private void write(String name, String source) {
      try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
        writer.write(source);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
