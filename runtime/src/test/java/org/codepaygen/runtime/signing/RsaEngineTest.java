package org.codepaygen.runtime.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Security;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.codepaygen.runtime.TestVectors;
import org.codepaygen.runtime.TestVectors.Vector;
import org.codepaygen.runtime.keys.CodePayKeys;
import org.conscrypt.Conscrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every engine (the JCA, Amazon Corretto Crypto Provider, Conscrypt) against the openssl vectors, byte for byte, and
 * how the preferred engine is chosen from the class path, which for this module's tests holds both native providers.
 */
class RsaEngineTest {
  private static final String CORRETTO = "AmazonCorrettoCryptoProvider";

  static List<RsaEngine> engines() {
    return List.of(RsaEngine.jca(), RsaEngine.of(AmazonCorrettoCryptoProvider.INSTANCE), RsaEngine.of(conscrypt()));
  }

  /**
   * Conscrypt 2.5.2 names its library with the default locale's lower case, so under this build's Turkish locale it
   * looks for "lınux" and cannot load (see {@link #conscryptThatCannotLoadIsPassedOver}); loaded here in the root
   * locale, once per JVM.
   */
  private static java.security.Provider conscrypt() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.ROOT);
    try {
      return Conscrypt.newProvider();
    } finally {
      Locale.setDefault(before);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void signaturesAreByteIdenticalToOpensslWithBothKeyFormats(RsaEngine engine) {
    for (String file : List.of("merchant-private-pkcs8.pem", "merchant-private-pkcs1.pem")) {
      RequestSigner signer = new RequestSigner(CodePayKeys.privateKey(TestVectors.read(file)), engine);
      for (Vector vector : TestVectors.signatureVectors()) {
        assertThat(signer.sign(vector.canonical())).as("%s with %s", vector, file).isEqualTo(vector.sign());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void opensslSignaturesVerifyAndAlteredOnesDoNot(RsaEngine engine) {
    SignatureVerifier verifier = new SignatureVerifier(TestVectors.merchantPublicKey(), engine);
    for (Vector vector : TestVectors.signatureVectors()) {
      byte[] flipped = Base64.getDecoder().decode(vector.sign());
      flipped[flipped.length / 2] ^= 1;
      byte[] truncated = new byte[flipped.length - 1];

      assertThat(verifier.verify(vector.canonical(), vector.sign())).as("%s", vector).isTrue();
      assertThat(verifier.verify(vector.canonical() + " ", vector.sign())).as("%s, text changed", vector).isFalse();
      assertThat(verifier.verify(vector.canonical(), Base64.getEncoder().encodeToString(flipped)))
          .as("%s, one bit of the signature changed", vector)
          .isFalse();
      assertThat(verifier.verify(vector.canonical(), Base64.getEncoder().encodeToString(truncated)))
          .as("%s, signature one byte short", vector)
          .isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void keysAreConvertedOnceToTheProvidersOwnType(RsaEngine engine) {
    PrivateKey jdkKey = TestVectors.merchantPrivateKey();
    PublicKey jdkPublic = TestVectors.merchantPublicKey();

    RsaEngine.Bound<PrivateKey> bound = engine.bind(jdkKey);
    RsaEngine.Bound<PublicKey> boundPublic = engine.bind(jdkPublic);

    assertThat(bound.engine()).isSameAs(engine);
    assertThat(boundPublic.engine()).isSameAs(engine);
    if (engine == RsaEngine.jca()) {
      assertThat(bound.key()).isSameAs(jdkKey);
    } else {
      assertThat(bound.key().getClass().getName()).doesNotStartWith("sun.security.");
      assertThat(boundPublic.key().getClass().getName()).doesNotStartWith("sun.security.");
      assertThat(bound.key().getEncoded()).isEqualTo(jdkKey.getEncoded());
    }
  }

  @Test
  void aKeyTheProviderCannotConvertIsLeftToTheJca() {
    PrivateKey opaque = new PrivateKey() {
      @Override
      public String getAlgorithm() {
        return "RSA";
      }

      @Override
      public String getFormat() {
        return null;
      }

      @Override
      public byte[] getEncoded() {
        return null;
      }
    };

    RsaEngine.Bound<PrivateKey> bound = RsaEngine.of(AmazonCorrettoCryptoProvider.INSTANCE).bind(opaque);

    assertThat(bound.engine()).isSameAs(RsaEngine.jca());
    assertThat(bound.key()).isSameAs(opaque);
  }

  @Test
  void aProviderWithoutRsaSignaturesIsRefusedByName() {
    assertThatThrownBy(() -> RsaEngine.of(Security.getProvider("SunJCE")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SunJCE")
        .hasMessageContaining("SHA256withRSA");
  }

  @Test
  void theSignerNamesItsEngineButNeverItsKey() {
    RequestSigner signer =
        new RequestSigner(TestVectors.merchantPrivateKey(), RsaEngine.of(AmazonCorrettoCryptoProvider.INSTANCE));

    assertThat(signer.toString()).isEqualTo("RequestSigner[SHA256withRSA on " + CORRETTO + ", key redacted]");
  }

  @Test
  void signersAndVerifiersUseTheJcaUnlessToldOtherwise() {
    assertThat(new RequestSigner(TestVectors.merchantPrivateKey()).toString()).contains(" on JCA,");
  }

  @Test
  void withCorrettoOnTheClassPathItIsPreferred() {
    assertThat(RsaEngine.preferred().name()).isEqualTo(CORRETTO);
  }

  @Test
  void whenCorrettosNativeLibraryCannotLoadConscryptIsPreferred() throws Exception {
    // Corretto unpacks its library into this directory; one that cannot exist makes the load fail, as on a platform
    // it does not support. A fresh JVM, since the choice is made once.
    assertThat(preferredInFreshJvm(
            List.of("-Dcom.amazon.corretto.crypto.provider.tmpdir=/dev/null/absent", "-Duser.language=en")))
        .isEqualTo("Conscrypt");
  }

  @Test
  void conscryptThatCannotLoadIsPassedOver() throws Exception {
    assertThat(preferredInFreshJvm(List.of("-Duser.language=tr"), "AmazonCorrettoCryptoProvider")).isEqualTo("JCA");
  }

  @Test
  void withoutNativeProvidersTheJcaIsPreferred() throws Exception {
    assertThat(preferredInFreshJvm(List.of(), "AmazonCorrettoCryptoProvider", "conscrypt")).isEqualTo("JCA");
  }

  /** Runs {@link PrintPreferred} on this test's class path, less the entries naming any of {@code dropped}. */
  private static String preferredInFreshJvm(List<String> properties, String... dropped)
      throws IOException, InterruptedException {
    List<String> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (List.of(dropped).stream().noneMatch(entry::contains)) {
        classPath.add(entry);
      }
    }
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + "/bin/java");
    command.addAll(properties);
    command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), PrintPreferred.class.getName()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  /** Prints the preferred engine's name. */
  public static final class PrintPreferred {
    public static void main(String[] args) {
      System.out.println(RsaEngine.preferred().name());
    }
  }
}
