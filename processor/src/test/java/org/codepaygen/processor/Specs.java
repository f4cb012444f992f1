package org.codepaygen.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
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

  /**
   * The edge cases users hit: JavaBeans accessors, inheritance, default and static methods, nesting, every common
   * {@code @Nullable} (stand-ins with the real names under {@code nullables}), and an API whose models live in
   * another package.
   */
  static final List<String> EDGES = List.of(
      "nullables/org/jspecify/annotations/Nullable", "nullables/javax/annotation/Nullable",
      "nullables/org/jetbrains/annotations/Nullable", "nullables/org/checkerframework/checker/nullness/qual/Nullable",
      "edges/Order", "edges/Keyed", "edges/Refund", "edges/PartialRefund", "edges/Holder", "edges/Catalog",
      "edges/Notes", "edges/Lookups", "edges/Account", "edges/models/Query", "edges/models/Answer");

  /**
   * What CodePay's online methods need: a map, lists of texts and numbers, lists of models inside an embedded model,
   * and an upload endpoint.
   */
  static final List<String> ONLINE = List.of(
      "nullables/org/jspecify/annotations/Nullable", "online/Checkout", "online/OrderDetail", "online/Tally",
      "online/ImageUpload", "online/FileUploaded", "online/CheckoutPage", "online/Online");

  private Specs() {}

  static List<JavaFileObject> shop() {
    return load(SHOP);
  }

  static List<JavaFileObject> edges() {
    return load(EDGES);
  }

  static List<JavaFileObject> online() {
    return load(ONLINE);
  }

  private static List<JavaFileObject> load(List<String> names) {
    return names.stream().map(name -> JavaFileObjects.forResource("specs/" + name + ".java")).toList();
  }

  /**
   * Compiles {@code sources} with the processor. Warnings are errors, so that generated code stays warning-free.
   */
  static Compilation compile(List<JavaFileObject> sources) {
    return compiler().compile(sources);
  }

  /** javac with the processor, and warnings as errors. */
  static Compiler compiler() {
    return javac()
        .withProcessors(new CodePayProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror");
  }

  static Compilation compile(JavaFileObject... sources) {
    return compile(Arrays.asList(sources));
  }

  /** A source file {@code test.NAME} made of the given lines. */
  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }
}
