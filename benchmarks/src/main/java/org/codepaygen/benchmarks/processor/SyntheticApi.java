package org.codepaygen.benchmarks.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the sources of a large API for the processor-cost figure: {@link #MODELS} models of six properties (the
 * kinds the processor treats differently: checked strings, optionals, decimals, boxed numbers, wire-code enums,
 * UTC date-times) and {@link #ENDPOINTS} endpoints spread over {@link #APIS} interfaces, each taking one model and
 * answering the next, so every model is both sent and read.
 */
public final class SyntheticApi {
  public static final int MODELS = 300;
  public static final int ENDPOINTS = 300;
  static final int APIS = 10;
  private static final String PACKAGE = "bench.generated";

  private SyntheticApi() {}

  /** Writes the sources under {@code root} and returns their paths. */
  public static List<Path> write(Path root) throws IOException {
    Path directory = Files.createDirectories(root.resolve(PACKAGE.replace('.', '/')));
    List<Path> sources = new ArrayList<>();
    sources.add(write(directory, "Kind", kind(PACKAGE)));
    for (int model = 0; model < MODELS; model++) {
      sources.add(write(directory, modelName(model), model(PACKAGE, model)));
    }
    for (int api = 0; api < APIS; api++) {
      sources.add(write(directory, "Api" + api, api(api)));
    }
    return sources;
  }

  static Path write(Path directory, String type, String source) throws IOException {
    return Files.writeString(directory.resolve(type + ".java"), source);
  }

  /** The enum of every model's {@code kind()}, with a wire code for each constant. */
  static String kind(String pkg) {
    return "package " + pkg + ";\n\n"
        + "import org.codepaygen.annotations.UnknownCode;\n"
        + "import org.codepaygen.annotations.WireCode;\n\n"
        + "public enum Kind {\n"
        + "  @WireCode(\"1\") SALE,\n  @WireCode(\"2\") VOID,\n  @WireCode(\"3\") REFUND,\n"
        + "  @UnknownCode UNRECOGNISED\n}\n";
  }

  /** Model number {@code model}: six properties, one of each kind the processor treats differently. */
  static String model(String pkg, int model) {
    return "package " + pkg + ";\n\n"
        + "import java.math.BigDecimal;\nimport java.time.LocalDateTime;\nimport java.util.Optional;\n"
        + "import org.codepaygen.annotations.CodePayModel;\nimport org.codepaygen.annotations.MaxLength;\n"
        + "import org.codepaygen.annotations.Pattern;\n\n"
        + "@CodePayModel\npublic interface " + modelName(model) + " {\n"
        + "  @MaxLength(32)\n  @Pattern(\"[0-9A-Za-z_\\\\-]+\")\n  String orderNo();\n\n"
        + "  @MaxLength(128)\n  Optional<String> description();\n\n"
        + "  BigDecimal amount();\n\n"
        + "  Optional<Integer> expires();\n\n"
        + "  Kind kind();\n\n"
        + "  Optional<LocalDateTime> endTime();\n}\n";
  }

  private static String api(int api) {
    StringBuilder source = new StringBuilder()
        .append("package ").append(PACKAGE).append(";\n\n")
        .append("import org.codepaygen.annotations.CodePayApi;\nimport org.codepaygen.annotations.Endpoint;\n\n")
        .append("@CodePayApi\npublic interface Api").append(api).append(" {\n");
    int perApi = ENDPOINTS / APIS;
    for (int endpoint = api * perApi; endpoint < (api + 1) * perApi; endpoint++) {
      // Endpoint names are dot-separated lower-case words, so the number is spelled in letters.
      source.append("  @Endpoint(\"bench.api").append(letters(api)).append(".op").append(letters(endpoint))
          .append("\")\n  ").append(modelName((endpoint + 1) % MODELS)).append(" op").append(endpoint)
          .append("(").append(modelName(endpoint % MODELS)).append(" request);\n\n");
    }
    return source.append("}\n").toString();
  }

  static String modelName(int model) {
    return String.format(Locale.ROOT, "Model%03d", model);
  }

  private static String letters(int number) {
    StringBuilder letters = new StringBuilder();
    int rest = number;
    do {
      letters.append((char) ('a' + rest % 26));
      rest /= 26;
    } while (rest > 0);
    return letters.toString();
  }
}
