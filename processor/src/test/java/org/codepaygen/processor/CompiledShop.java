package org.codepaygen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * The shop spec compiled with the processor and loaded: the generated classes run against the real runtime, which
 * the parent class loader (the test class path) provides.
 */
final class CompiledShop extends ClassLoader {
  private static CompiledShop instance;

  private final Map<String, byte[]> classes = new HashMap<>();

  private CompiledShop(Compilation compilation) {
    super(CompiledShop.class.getClassLoader());
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

  /** Compiles once per test run; the classes are immutable, so tests can share them. */
  static synchronized CompiledShop get() {
    if (instance == null) {
      Compilation compilation = Specs.compile(Specs.shop());
      assertThat(compilation).succeededWithoutWarnings();
      instance = new CompiledShop(compilation);
    }
    return instance;
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  /** The class {@code shop.SIMPLE_NAME}. */
  Class<?> type(String simpleName) {
    try {
      return loadClass("shop." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** The enum constant {@code shop.TYPE.NAME}. */
  Object constant(String type, String name) {
    for (Object constant : type(type).getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    throw new AssertionError("No " + type + "." + name);
  }

  /** A builder of the generated class {@code shop.ImmutableMODEL}. */
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
