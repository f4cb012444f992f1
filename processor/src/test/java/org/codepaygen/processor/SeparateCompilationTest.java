package org.codepaygen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An API whose models were compiled in another module: the first compilation's classes are the second one's class
 * path, as in a multi-module build.
 */
class SeparateCompilationTest {
  @TempDir Path models;

  private final JavaFileObject req = Specs.source("other.Req", "package other;",
      "@org.codepaygen.annotations.CodePayModel public interface Req { String id(); }");
  private final JavaFileObject answer = Specs.source("other.Answer", "package other;",
      "@org.codepaygen.annotations.CodePayModel public interface Answer { String id(); }");
  private final JavaFileObject api = Specs.source("test.Api", "package test;",
      "import other.*;",
      "@org.codepaygen.annotations.CodePayApi public interface Api {",
      "  @org.codepaygen.annotations.Endpoint(\"order.query\")",
      "  Answer query(",
      "      Req req);",
      "}");

  @Test
  void usesModelsThatAnotherModuleGenerated() throws IOException {
    writeClasses(Specs.compile(req, answer));
    Compilation compilation = withModels(Specs.compiler()).compile(api);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(GoldenFilesTest.generatedSources(compilation).get("test/CodePay_Api.java"))
        .contains("import other.ImmutableReq;", "service.query(ImmutableReq.copyOf(req))");
  }

  @Test
  void reportsAModelCompiledWithoutTheProcessorOnTheEndpoint() throws IOException {
    writeClasses(javac().compile(req));
    Compilation compilation = withModels(Specs.compiler()).compile(api, answer);
    assertThat(compilation).hadErrorContaining("[CodePayModelNotGenerated] The request of endpoint query() is the"
        + " model other.Req, but its generated class other.ImmutableReq does not exist").inFile(api).onLine(6);
    assertThat(compilation).hadErrorCount(1);
    CompileErrorsTest.assertOnlyOnUserCode(compilation, List.of(api, answer));
  }

  /** Writes the class files of {@code compilation} below {@link #models}, as a module's output directory. */
  private void writeClasses(Compilation compilation) throws IOException {
    assertThat(compilation).succeeded();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        Path target = models.resolve(path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length()));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.write(target, in.readAllBytes());
        }
      }
    }
  }

  /** {@code compiler} with the test class path and {@link #models} on its class path. */
  private Compiler withModels(Compiler compiler) {
    List<File> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    classPath.add(models.toFile());
    return compiler.withClasspath(classPath);
  }
}
