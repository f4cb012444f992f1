package org.codepaygen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * A spec compiled with the processor and loaded: the generated classes run against the real runtime, which the
 * parent class loader (the test class path) provides.
 */
final class CompiledSpec extends ClassLoader {
  private static CompiledSpec shop;
  private static CompiledSpec edges;
  private static CompiledSpec online;

  private final String packageName;
  private final Map<String, byte[]> classes = new HashMap<>();

  private CompiledSpec(String packageName, Compilation compilation) {
    super(CompiledSpec.class.getClassLoader());
    this.packageName = packageName;
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(), path.length() - 6)
          .replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The shop, compiled once per test run; the classes are immutable, so tests can share them. */
  static synchronized CompiledSpec shop() {
    if (shop == null) {
      shop = compile("shop", Specs.shop());
    }
    return shop;
  }

  /** The edge cases, compiled once per test run. */
  static synchronized CompiledSpec edges() {
    if (edges == null) {
      edges = compile("edges", Specs.edges());
    }
    return edges;
  }

  /** The online spec (maps, lists, an upload), compiled once per test run. */
  static synchronized CompiledSpec online() {
    if (online == null) {
      online = compile("online", Specs.online());
    }
    return online;
  }

  private static CompiledSpec compile(String packageName, List<JavaFileObject> sources) {
    Compilation compilation = Specs.compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return new CompiledSpec(packageName, compilation);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  /** The class {@code SIMPLE_NAME} of the spec's package. */
  Class<?> type(String simpleName) {
    try {
      return loadClass(packageName + "." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** The enum constant {@code TYPE.NAME} of the spec's package. */
  Object constant(String type, String name) {
    for (Object constant : type(type).getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    throw new AssertionError("No " + type + "." + name);
  }

  /** A builder of the generated class {@code ImmutableMODEL} of the spec's package. */
  Builder builder(String model) {
    return new Builder(invoke(type("Immutable" + model), null, "builder"));
  }

  /**
   * Calls the public method {@code name} taking {@code arguments.length} parameters on {@code target} (or the static
   * one of {@code type} when {@code target} is null), and rethrows what it throws.
   */
  static Object invoke(Class<?> type, Object target, String name, Object... arguments) {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
        try {
          method.setAccessible(true);
          return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof RuntimeException runtime) {
            throw runtime;
          }
          throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("No method " + name + "/" + arguments.length + " in " + type.getName());
  }

  /** Calls the accessor {@code name} of a model instance. */
  static Object get(Object model, String name) {
    return invoke(model.getClass(), model, name);
  }

  /** Fluent access to a generated builder. */
  static final class Builder {
    private final Object builder;

    Builder(Object builder) {
      this.builder = builder;
    }

    Builder set(String property, Object value) {
      invoke(builder.getClass(), builder, property, value);
      return this;
    }

    Object build() {
      return invoke(builder.getClass(), builder, "build");
    }
  }
}
