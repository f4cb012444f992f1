package org.codepaygen.sample;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.codepaygen.runtime.Language;

/**
 * Where the sample sends its calls. With no base URL it starts the local sandbox in-process; otherwise it talks to
 * the configured gateway. Each setting comes from a flag {@code --name=value} or else the environment variable
 * {@code CODEPAY_NAME} (upper case, dashes as underscores).
 */
record SampleSettings(
    Optional<String> baseUrl,
    Optional<String> appId,
    Optional<String> merchantNo,
    String terminalSn,
    Optional<Path> merchantPrivateKey,
    Optional<Path> gatewayPublicKey,
    Optional<Path> trustCertificate,
    Language language) {

  static SampleSettings from(String[] args, Map<String, String> environment) {
    Map<String, String> flags = new HashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("Flags look like --name=value; got " + arg);
      }
      flags.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    java.util.function.Function<String, Optional<String>> setting = name -> Optional.ofNullable(flags.get(name))
        .or(() -> Optional.ofNullable(environment.get("CODEPAY_" + name.toUpperCase(Locale.ROOT).replace('-', '_'))))
        .filter(value -> !value.isBlank());
    return new SampleSettings(
        setting.apply("base-url"),
        setting.apply("app-id"),
        setting.apply("merchant-no"),
        setting.apply("terminal-sn").orElse("WPYC002251000042"),
        setting.apply("merchant-private-key").map(Path::of),
        setting.apply("gateway-public-key").map(Path::of),
        setting.apply("trust-certificate").map(Path::of),
        setting.apply("language").map(SampleSettings::language).orElse(Language.EN_US));
  }

  private static Language language(String tag) {
    return Language.fromTag(tag).orElseThrow(
        () -> new IllegalArgumentException("Unknown language " + tag + "; use en-US, zh-CN, ja-JP or fr-FR"));
  }
}
