package org.codepaygen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A user's build with {@code -Xlint:all -Werror}: javac warns about every annotation no processor claimed, so the
 * processor claims CodePay's own annotations and those of the code it writes, but never an annotation on the user's
 * code that another processor may want.
 */
class StrictUserBuildTest {
  private static final String[] IMPORTS = {
    "import java.math.BigDecimal; import java.util.List; import java.util.Optional;"
        + " import java.util.concurrent.CompletableFuture; import org.codepaygen.annotations.*;"
  };

  /**
   * A project with every CodePay annotation, models nested in models (their {@code @EmbeddedJson}), and a class of
   * the user's that uses the client, with nothing but the platform's annotations.
   */
  private static List<JavaFileObject> codePayOnlyProject() {
    List<JavaFileObject> sources = new ArrayList<>(codePayInterfaces());
    sources.add(source("Till", "public final class Till implements AutoCloseable {",
        "  private final org.codepaygen.runtime.CodePayClient client;",
        "  Till(org.codepaygen.runtime.CodePayClient client) { this.client = client; }",
        "  Pushed sell(Order order) { return client.create(Shop.class).order(order); }",
        "  @Override public void close() { client.close(); }", "}"));
    return sources;
  }

  private static List<JavaFileObject> codePayInterfaces() {
    return List.of(
        source("Kind", "public enum Kind { @WireCode(\"1\") SALE, @WireCode(\"2\") REFUND, @UnknownCode UNKNOWN }"),
        source("Line", "@CodePayModel public interface Line {",
            "  @MaxLength(64) String sku();", "  int quantity();", "}"),
        source("Order", "@CodePayModel public interface Order {",
            "  @MaxLength(32) @Pattern(\"[0-9A-Za-z_]+\") String merchantOrderNo();",
            "  BigDecimal amount();", "  Kind kind();", "  Optional<String> description();",
            "  @WireName(\"attach\") @Sensitive Optional<String> note();",
            "  List<Line> lines();", "  Optional<Line> gift();", "}"),
        source("Pushed", "@CodePayModel public interface Pushed { String transNo(); }"),
        source("Shop", "@CodePayApi public interface Shop {",
            "  @Endpoint(\"shop.order\") Pushed order(Order order);",
            "  @Endpoint(\"shop.later\") CompletableFuture<Pushed> later(Order order);",
            "  @Endpoint(\"shop.revoke\") void revoke(Order order);", "}"));
  }

  private static JavaFileObject source(String name, String... body) {
    List<String> lines = new ArrayList<>(List.of("package app;"));
    lines.addAll(List.of(IMPORTS));
    lines.addAll(List.of(body));
    return Specs.source("app." + name, lines.toArray(String[]::new));
  }

  @Test
  void aProjectUsingOnlyCodePayAnnotationsCompilesWithAllLintWarningsAsErrors() {
    Compilation compilation = javac()
        .withProcessors(new CodePayProcessor())
        .withOptions("-Xlint:all", "-Werror")
        .compile(codePayOnlyProject());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("app.ImmutableOrder");
    assertThat(compilation).generatedSourceFile("app.CodePay_Shop");
  }

  @Test
  void onlyTheUsersOwnAnnotationsAreLeftUnclaimedInTheSpecifications() {
    // The specifications carry every common @Nullable, which no processor claims; javac names them, and only them.
    List<JavaFileObject> sources = Stream.concat(Specs.shop().stream(), Specs.edges().stream()).toList();
    Compilation compilation = javac()
        .withProcessors(new CodePayProcessor())
        .withOptions("-Xlint:all")
        .compile(sources);

    assertThat(compilation).succeeded();
    List<String> unclaimed = unclaimedAnnotations(compilation);
    assertThat(unclaimed).isNotEmpty().allMatch(name -> name.endsWith(".Nullable"), "ends with .Nullable");
  }

  @Test
  void annotationsTheGeneratedCodeCarriesAreLeftToOtherProcessorsOnTheUsersCode() {
    JavaFileObject dto = Specs.source("app.Dto", "package app;",
        "public class Dto { @com.fasterxml.jackson.annotation.JsonProperty(\"id\") public String id; }");
    Recording jacksonReader = new Recording("com.fasterxml.jackson.annotation.JsonProperty");
    Recording codePayReader = new Recording("org.codepaygen.annotations.CodePayModel");
    List<JavaFileObject> sources = new ArrayList<>(codePayOnlyProject());
    sources.add(dto);

    Compilation compilation = javac()
        .withProcessors(new CodePayProcessor(), jacksonReader, codePayReader)
        .withOptions("-Xlint:all")
        .compile(sources);

    assertThat(compilation).succeeded();
    // The user's @JsonProperty reaches the processor after CodePay's, in the round that has it...
    assertThat(jacksonReader.seen).contains("com.fasterxml.jackson.annotation.JsonProperty");
    // ...and javac rightly names it as unclaimed, along with CodePay's of that round, which were handed over with it.
    assertThat(unclaimedAnnotations(compilation)).contains("com.fasterxml.jackson.annotation.JsonProperty");
    assertThat(codePayReader.seen).contains("org.codepaygen.annotations.CodePayModel");
  }

  @Test
  void codePayAnnotationsAreClaimedSoLaterProcessorsAreNotHandedThem() {
    Recording codePayReader = new Recording("org.codepaygen.annotations.CodePayModel");

    Compilation compilation = javac()
        .withProcessors(new CodePayProcessor(), codePayReader)
        .withOptions("-Xlint:all", "-Werror")
        .compile(codePayOnlyProject());

    assertThat(compilation).succeeded();
    assertThat(codePayReader.seen).isEmpty();
  }

  @Test
  void aRoundOfNothingButCodePayAnnotationsIsLeftUnclaimedSoAProcessorForEverythingAfterItStillRuns() {
    Recording everything = new Recording("*");

    Compilation compilation = javac()
        .withProcessors(new CodePayProcessor(), everything)
        .withOptions("-Xlint:all")
        .compile(codePayInterfaces());

    assertThat(compilation).succeeded();
    assertThat(everything.seen).contains("org.codepaygen.annotations.CodePayModel");
    // The price: javac names CodePay's annotations of that round, and -Xlint:-processing is the way out.
    assertThat(unclaimedAnnotations(compilation)).contains("org.codepaygen.annotations.CodePayApi");
  }

  /** The names in javac's "No processor claimed any of these annotations" warnings, without module prefixes. */
  private static List<String> unclaimedAnnotations(Compilation compilation) {
    String marker = "No processor claimed any of these annotations:";
    return compilation.warnings().stream()
        .map(warning -> warning.getMessage(Locale.ROOT))
        .filter(message -> message.contains(marker))
        .flatMap(message -> Stream.of(message.substring(message.indexOf(marker) + marker.length()).split(",")))
        .map(name -> name.trim().replaceFirst("^[^/]*/", ""))
        .toList();
  }

  /** A processor that records which of its supported annotation types javac hands it. */
  private static final class Recording extends AbstractProcessor {
    private final String supported;
    final List<String> seen = new ArrayList<>();

    Recording(String supported) {
      this.supported = supported;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of(supported);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      annotations.forEach(annotation -> seen.add(annotation.getQualifiedName().toString()));
      return false;
    }
  }
}
