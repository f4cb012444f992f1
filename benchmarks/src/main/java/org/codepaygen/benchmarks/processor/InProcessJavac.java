package org.codepaygen.benchmarks.processor;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac in this JVM (javax.tools), as the processor figures run it: this JVM's class path, {@code --release 17}, and
 * each compilation into fresh directories of its own under a work folder, so that no run sees another's output.
 */
final class InProcessJavac {
  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final Path work;
  private int run;

  InProcessJavac(Path work) {
    this.work = work;
  }

  /**
   * Compiles {@code sources} with {@code processors}, or with {@code -proc:none} when there are none, and returns
   * the run's directory: classes in {@code classes/}, generated sources in {@code generated/}.
   *
   * @throws IllegalStateException when the sources do not compile, with javac's diagnostics
   */
  Path compile(List<Path> sources, List<? extends Processor> processors) throws IOException {
    Path runDirectory = work.resolve("run" + run++);
    Path out = Files.createDirectories(runDirectory.resolve("classes"));
    Path generated = Files.createDirectories(runDirectory.resolve("generated"));
    List<String> options = new ArrayList<>(Arrays.asList(
        "-classpath", System.getProperty("java.class.path"),
        "-d", out.toString(), "-s", generated.toString(), "--release", "17", "-nowarn"));
    if (processors.isEmpty()) {
      options.add("-proc:none");
    }
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null, options, null, units);
      if (!processors.isEmpty()) {
        task.setProcessors(List.copyOf(processors));
      }
      if (!task.call()) {
        throw new IllegalStateException("Sources under " + work + " did not compile:\n" + diagnostics);
      }
    }
    return runDirectory;
  }
}
