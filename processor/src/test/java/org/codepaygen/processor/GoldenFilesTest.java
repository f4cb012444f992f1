package org.codepaygen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Compares the generated sources of each spec (the representative shop, and the edge cases) with reviewed golden
 * files under {@code src/test/resources/goldens/SPEC}, as exact text.
 *
 * <p>After an intended change to the output, regenerate them with
 * {@code mvn -pl processor -am test -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcodepay.updateGoldens=true}, then read the diff: it is what users will see.
 */
class GoldenFilesTest {
  private static final String GOLDENS = "goldens/";
  private static final boolean UPDATE = Boolean.getBoolean("codepay.updateGoldens");

  @Test
  void generatedSourcesMatchTheReviewedGoldens() throws IOException {
    assertGoldens("shop", Specs.shop(),
        "shop/CodePay_CloudPay.java",
        "shop/ImmutableCreateOrder.java",
        "shop/ImmutableItem.java",
        "shop/ImmutableOrderPushed.java",
        "shop/ImmutableOrderQuery.java",
        "shop/ImmutableOrderStatus.java",
        "shop/ImmutableRevokeOrder.java");
  }

  @Test
  void edgeCasesMatchTheReviewedGoldens() throws IOException {
    assertGoldens("edges", Specs.edges(),
        "edges/CodePay_Account.java",
        "edges/ImmutableCatalog_Entry.java",
        "edges/ImmutableHolder_Line.java",
        "edges/ImmutableNotes.java",
        "edges/ImmutableOrder.java",
        "edges/ImmutablePartialRefund.java",
        "edges/ImmutableRefund.java",
        "edges/models/ImmutableAnswer.java",
        "edges/models/ImmutableQuery.java");
  }

  @Test
  void onlineShapesAndUploadsMatchTheReviewedGoldens() throws IOException {
    assertGoldens("online", Specs.online(),
        "online/CodePay_Online.java",
        "online/ImmutableCheckout.java",
        "online/ImmutableCheckoutPage.java",
        "online/ImmutableFileUploaded.java",
        "online/ImmutableImageUpload.java",
        "online/ImmutableOrderDetail.java",
        "online/ImmutableOrderDetail_Data.java",
        "online/ImmutableOrderDetail_Item.java",
        "online/ImmutableOrderDetail_Regions.java",
        "online/ImmutableTally.java");
  }

  /** Compiles {@code sources} cleanly and compares exactly {@code expected} files with the goldens of {@code spec}. */
  private static void assertGoldens(String spec, List<JavaFileObject> sources, String... expected)
      throws IOException {
    Compilation compilation = Specs.compile(sources);
    assertThat(compilation).succeededWithoutWarnings();

    Map<String, String> generated = generatedSources(compilation);
    assertThat(generated.keySet()).containsExactly(expected);
    for (Map.Entry<String, String> file : generated.entrySet()) {
      String path = GOLDENS + spec + "/" + file.getKey();
      if (UPDATE) {
        Path golden = Path.of("src/test/resources", path);
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, file.getValue(), UTF_8);
      } else {
        assertThat(file.getValue()).as(file.getKey()).isEqualTo(golden(path));
      }
    }
  }

  /** Generated source files by their path below the source output, in name order. */
  static Map<String, String> generatedSources(Compilation compilation) throws IOException {
    Map<String, String> sources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String name = file.toUri().getPath();
      sources.put(name.substring(name.indexOf("SOURCE_OUTPUT/") + "SOURCE_OUTPUT/".length()),
          file.getCharContent(true).toString());
    }
    return sources;
  }

  private static String golden(String path) throws IOException {
    try (InputStream in = GoldenFilesTest.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new AssertionError("No golden file " + path + "; run with -Dcodepay.updateGoldens=true");
      }
      return new String(in.readAllBytes(), UTF_8);
    }
  }
}
