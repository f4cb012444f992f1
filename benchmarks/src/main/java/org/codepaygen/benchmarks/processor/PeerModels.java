package org.codepaygen.benchmarks.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;

/**
 * The {@link SyntheticApi}'s {@value SyntheticApi#MODELS} models written for each of three processors, with the same
 * properties (names, types, which are {@code Optional}) and a builder in every flavour, each in its own package:
 * CodePay's {@code @CodePayModel} interfaces (exactly the figure-3 models), AutoValue's {@code @AutoValue} abstract
 * classes with an {@code @AutoValue.Builder}, and Immutables' {@code @Value.Immutable} interfaces. The peers have no
 * equivalent of {@code @MaxLength} and {@code @Pattern}, so their {@code orderNo} and {@code description} are plain
 * strings and their {@code Kind} a plain enum: only ours generates rule checks (and Jackson annotations).
 */
enum PeerModels {
  OURS("CodePay", "bench.ours", "org.codepaygen.processor.") {
    @Override
    String model(int model) {
      return SyntheticApi.model(pkg, model);
    }

    @Override
    String kind() {
      return SyntheticApi.kind(pkg);
    }
  },

  /**
   * The usual {@code static Builder builder() { return new AutoValue_X.Builder(); }} is left out: it names a
   * generated class, so the {@code -proc:none} baseline could not compile the same sources.
   */
  AUTO_VALUE("AutoValue", "bench.autovalue", "com.google.auto.value.") {
    @Override
    String model(int model) {
      String name = SyntheticApi.modelName(model);
      return "package " + pkg + ";\n\n"
          + "import com.google.auto.value.AutoValue;\nimport java.math.BigDecimal;\n"
          + "import java.time.LocalDateTime;\nimport java.util.Optional;\n\n"
          + "@AutoValue\npublic abstract class " + name + " {\n"
          + "  public abstract String orderNo();\n\n"
          + "  public abstract Optional<String> description();\n\n"
          + "  public abstract BigDecimal amount();\n\n"
          + "  public abstract Optional<Integer> expires();\n\n"
          + "  public abstract Kind kind();\n\n"
          + "  public abstract Optional<LocalDateTime> endTime();\n\n"
          + "  @AutoValue.Builder\n  public abstract static class Builder {\n"
          + "    public abstract Builder orderNo(String orderNo);\n\n"
          + "    public abstract Builder description(String description);\n\n"
          + "    public abstract Builder amount(BigDecimal amount);\n\n"
          + "    public abstract Builder expires(Integer expires);\n\n"
          + "    public abstract Builder kind(Kind kind);\n\n"
          + "    public abstract Builder endTime(LocalDateTime endTime);\n\n"
          + "    public abstract " + name + " build();\n  }\n}\n";
    }
  },

  IMMUTABLES("Immutables", "bench.immutables", "org.immutables.") {
    @Override
    String model(int model) {
      return "package " + pkg + ";\n\n"
          + "import java.math.BigDecimal;\nimport java.time.LocalDateTime;\nimport java.util.Optional;\n"
          + "import org.immutables.value.Value;\n\n"
          + "@Value.Immutable\npublic interface " + SyntheticApi.modelName(model) + " {\n"
          + "  String orderNo();\n\n"
          + "  Optional<String> description();\n\n"
          + "  BigDecimal amount();\n\n"
          + "  Optional<Integer> expires();\n\n"
          + "  Kind kind();\n\n"
          + "  Optional<LocalDateTime> endTime();\n}\n";
    }
  };

  final String label;
  final String pkg;
  private final String processorPackage;

  PeerModels(String label, String pkg, String processorPackage) {
    this.label = label;
    this.pkg = pkg;
    this.processorPackage = processorPackage;
  }

  abstract String model(int model);

  String kind() {
    return "package " + pkg + ";\n\npublic enum Kind {\n  SALE,\n  VOID,\n  REFUND,\n  UNRECOGNISED\n}\n";
  }

  /** Writes the enum and the models under {@code root} and returns their paths. */
  List<Path> write(Path root) throws IOException {
    Path directory = Files.createDirectories(root.resolve(pkg.replace('.', '/')));
    List<Path> sources = new ArrayList<>();
    sources.add(SyntheticApi.write(directory, "Kind", kind()));
    for (int model = 0; model < SyntheticApi.MODELS; model++) {
      sources.add(SyntheticApi.write(directory, SyntheticApi.modelName(model), model(model)));
    }
    return sources;
  }

  /**
   * New instances of every processor this flavour's jar registers as a service, as javac's own discovery would make
   * them for one compilation (AutoValue registers seven, Immutables one, CodePay one); only their classes are shared
   * between compilations, as in a build daemon.
   */
  List<Processor> freshProcessors() {
    return ServiceLoader.load(Processor.class, PeerModels.class.getClassLoader()).stream()
        .filter(provider -> provider.type().getName().startsWith(processorPackage))
        .map(ServiceLoader.Provider::get)
        .toList();
  }
}
