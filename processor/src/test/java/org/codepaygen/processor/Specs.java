package org.codepaygen.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;

/** The test specifications under {@code src/test/resources/specs}, and compiling them with the processor. */
final class Specs {
  /** The representative shop: models of every property kind and an API with every kind of endpoint. */
  static final List<String> SHOP = List.of(
      "shop/Nullable", "shop/TransType", "shop/Item", "shop/CreateOrder", "shop/OrderQuery", "shop/OrderStatus",
      "shop/OrderPushed", "shop/RevokeOrder", "shop/CloudPay");

  private Specs() {}

  static List<JavaFileObject> shop() {
    return SHOP.stream().map(name -> JavaFileObjects.forResource("specs/" + name + ".java")).toList();
  }

  /**
   * Compiles {@code sources} with the processor. Warnings are errors, so that generated code stays warning-free.
   */
  static Compilation compile(List<JavaFileObject> sources) {
    return javac()
        .withProcessors(new CodePayProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(sources);
  }

  static Compilation compile(JavaFileObject... sources) {
    return compile(Arrays.asList(sources));
  }

  /** A source file {@code test.NAME} made of the given lines. */
  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }
}
