package org.codepaygen.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The supply-chain rules of the build's enforcer, seen from the resolved test class path (runtime, sandbox,
 * generated client and test libraries): no Kotlin artifact at all, okio 1.17.6 or later (CVE-2023-3635) and
 * OkHttp on its Kotlin-free 3.x line.
 */
class DependencyHygieneTest {
  private static final List<String> CLASS_PATH =
      Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));

  private static Optional<String> version(String groupPath, String artifact) {
    Pattern jar = Pattern.compile(".*" + Pattern.quote(groupPath + "/" + artifact + "/") + "([^/]+)/"
        + Pattern.quote(artifact) + "-\\1\\.jar");
    return CLASS_PATH.stream().map(p -> p.replace(File.separatorChar, '/')).map(jar::matcher)
        .filter(Matcher::matches).map(m -> m.group(1)).findFirst();
  }

  private static int[] numbers(String version) {
    return Arrays.stream(version.split("[.-]")).limit(3).mapToInt(Integer::parseInt).toArray();
  }

  @Test
  void classPathHasNoKotlinArtifact() {
    assertThat(CLASS_PATH).as("the resolved test class path").isNotEmpty()
        .noneMatch(p -> p.replace(File.separatorChar, '/').contains("/org/jetbrains/kotlin/"))
        .noneMatch(p -> new File(p).getName().startsWith("kotlin-"));
    assertThatThrownBy(() -> Class.forName("kotlin.Unit")).isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void okioIsAtLeast1_17_6() {
    String okio = version("com/squareup/okio", "okio").orElseThrow(() -> new AssertionError("no okio jar"));
    int[] v = numbers(okio);

    assertThat(v[0] > 1 || (v[0] == 1 && (v[1] > 17 || (v[1] == 17 && v[2] >= 6))))
        .as("okio %s must be 1.17.6 or later", okio).isTrue();
    assertThat(version("com/squareup/okio", "okio-jvm")).as("okio 2+ (Kotlin)").isEmpty();
  }

  @Test
  void okHttpStaysOnItsKotlinFreeLine() {
    for (String artifact : List.of("okhttp", "mockwebserver", "okhttp-tls")) {
      String okhttp = version("com/squareup/okhttp3", artifact)
          .orElseThrow(() -> new AssertionError("no " + artifact + " jar"));
      assertThat(numbers(okhttp)[0]).as("%s %s", artifact, okhttp).isEqualTo(3);
    }
  }
}
