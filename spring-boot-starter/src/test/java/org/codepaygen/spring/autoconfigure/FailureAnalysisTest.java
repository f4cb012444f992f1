package org.codepaygen.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.spring.shop.ShopConfiguration;
import org.codepaygen.spring.shop.SandboxExtension;
import org.codepaygen.spring.shop.ShopSandbox;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Each bad {@code codepay.*} value stops start-up with an analysis that names the property, never a key. */
class FailureAnalysisTest {
  private static final String PRIVATE_PEM = Fixtures.text(Fixtures.MERCHANT_PRIVATE_PKCS8);
  @RegisterExtension static final SandboxExtension SANDBOX = new SandboxExtension();

  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of("codepay.app-id", "", "codepay.app-id is not set"),
        Arguments.of("codepay.app-id", "a".repeat(33), "codepay.app-id is invalid"),
        Arguments.of("codepay.merchant-no", "1".repeat(33), "codepay.merchant-no is invalid"),
        Arguments.of("codepay.merchant-private-key", "", "codepay.merchant-private-key is not set"),
        Arguments.of("codepay.merchant-private-key", Fixtures.text(Fixtures.MERCHANT_PUBLIC),
            "found a public key where a private key is expected"),
        Arguments.of("codepay.merchant-private-key", "file:/nonexistent/merchant.pem",
            "names file:/nonexistent/merchant.pem, which does not exist"),
        Arguments.of("codepay.merchant-private-key", PRIVATE_PEM.lines().skip(1).findFirst().orElseThrow(),
            "is neither key text (PEM, or Base64 of at least 256 characters) nor an existing location"),
        Arguments.of("codepay.gateway-public-key", PRIVATE_PEM,
            "found a private key where a public key is expected"),
        Arguments.of("codepay.gateway-public-key", "classpath:no/such/gateway.pem", "which does not exist"),
        Arguments.of("codepay.gateway-public-key",
            PRIVATE_PEM.replace("-----BEGIN PRIVATE KEY-----", "-----BEGIN PUBLIC KEY-----")
                .replace("-----END PRIVATE KEY-----", "-----END PUBLIC KEY-----"),
            "codepay.gateway-public-key is unusable"),
        Arguments.of("codepay.base-url", "http://localhost:8080/", "must be an https URL"),
        Arguments.of("codepay.trusted-certificates[0]", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----",
            "holds no PEM X.509 certificate"),
        Arguments.of("codepay.read-timeout", "0s", "must be a positive duration"),
        Arguments.of("codepay.max-response-size", "0B", "must be a positive size"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("badValues")
  void startUpFailsWithAnAnalysisNamingTheProperty(String property, String value, String expected) {
    Map<String, String> properties = new LinkedHashMap<>(ShopSandbox.properties(SANDBOX.get()));
    properties.put(property, value);
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CodePayAutoConfiguration.class, CodePayClientsAutoConfiguration.class))
        .withUserConfiguration(ShopConfiguration.class)
        .withPropertyValues(ShopSandbox.propertyValues(properties))
        .run(context -> {
          FailureAnalysis analysis = StartupFailures.analysisOf(context);
          assertThat(analysis.getDescription()).contains(property).contains(expected);
          assertThat(analysis.getAction()).contains(property.replaceAll("\\[\\d+]$", ""));
          String everything = analysis.getDescription() + analysis.getAction() + messages(context.getStartupFailure());
          for (String secret : keyLines(PRIVATE_PEM)) {
            assertThat(everything).doesNotContain(secret);
          }
        });
  }

  /** The Base64 lines of a PEM key: none may appear in any message. */
  private static List<String> keyLines(String pem) {
    return pem.lines().filter(line -> !line.startsWith("-----") && line.length() > 16).toList();
  }

  private static String messages(Throwable failure) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.add(String.valueOf(t.getMessage()));
    }
    return String.join("\n", messages);
  }
}
