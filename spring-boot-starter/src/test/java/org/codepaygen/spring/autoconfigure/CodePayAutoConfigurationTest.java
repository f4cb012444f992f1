package org.codepaygen.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.AnswerListener;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.Language;
import org.codepaygen.runtime.error.GatewayErrorException;
import org.codepaygen.runtime.error.MalformedResponseException;
import org.codepaygen.runtime.error.OutcomeUnknownException;
import org.codepaygen.runtime.error.RequestNotSentException;
import org.codepaygen.runtime.keys.CodePayKeys;
import org.codepaygen.spring.autoconfigure.metrics.CodePayMetricsAutoConfiguration;
import org.codepaygen.spring.shop.OrderPushed;
import org.codepaygen.spring.shop.OrderQuery;
import org.codepaygen.spring.shop.PushOrder;
import org.codepaygen.spring.shop.ShopConfiguration;
import org.codepaygen.spring.shop.SandboxExtension;
import org.codepaygen.spring.shop.ShopSandbox;
import org.codepaygen.spring.shop.Till;
import org.codepaygen.spring.shop.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The auto-configuration against the local sandbox: every property's effect, user beans, listeners, closing. */
class CodePayAutoConfigurationTest {
  @RegisterExtension static final SandboxExtension SANDBOX = new SandboxExtension();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(
          CodePayAutoConfiguration.class,
          CodePayClientsAutoConfiguration.class,
          CodePayMetricsAutoConfiguration.class))
      .withUserConfiguration(ShopConfiguration.class);

  private ApplicationContextRunner configured() {
    return with(runner, ShopSandbox.properties(SANDBOX.get()));
  }

  private static ApplicationContextRunner with(ApplicationContextRunner runner, Map<String, String> properties) {
    return runner.withPropertyValues(ShopSandbox.propertyValues(properties));
  }

  @Test
  void generatedClientIsInjectableByInterfaceAndPaysAgainstTheSandbox() {
    configured().run(context -> {
      assertThat(context).hasSingleBean(CodePayClient.class).hasSingleBean(Till.class);
      OrderPushed pushed = context.getBean(Till.class).pushOrder(ShopSandbox.sale("SPRING-1"));
      assertThat(pushed.transNo()).isNotBlank();
    });
  }

  @Test
  void appIdAndMerchantNoAreTheOnesSent() {
    configured().withPropertyValues("codepay.app-id=wz0000000000000000").run(context ->
        assertThat(gatewayError(() -> context.getBean(Till.class).pushOrder(ShopSandbox.sale("SPRING-2"))).code())
            .isEqualTo("E03001"));
    configured().withPropertyValues("codepay.merchant-no=999999999999").run(context ->
        assertThat(gatewayError(() -> context.getBean(Till.class).pushOrder(ShopSandbox.sale("SPRING-3"))).code())
            .isEqualTo("E08004"));
  }

  @Test
  void basicAuthenticationReplacesTheMerchantKeyWhenChosen() {
    String[] basic = {"codepay.merchant-private-key=", "codepay.basic-auth.user=" + ShopSandbox.BASIC_USER};
    configured().withPropertyValues(basic)
        .withPropertyValues("codepay.basic-auth.password=" + ShopSandbox.BASIC_PASSWORD)
        .run(context -> assertThat(context.getBean(Till.class).pushOrder(ShopSandbox.sale("BASIC-1")).transNo())
            .isNotBlank());
    configured().withPropertyValues(basic).withPropertyValues("codepay.basic-auth.password=wrong").run(context ->
        assertThat(gatewayError(() -> context.getBean(Till.class).pushOrder(ShopSandbox.sale("BASIC-2"))).code())
            .isEqualTo("E05002"));
    configured().withPropertyValues("codepay.basic-auth.user=shop", "codepay.basic-auth.password=x").run(context ->
        assertThat(StartupFailures.analysisOf(context).getDescription()).contains("codepay.basic-auth.user")
            .doesNotContain("password=x"));
    configured().withPropertyValues(basic).run(context ->
        assertThat(StartupFailures.analysisOf(context).getDescription()).contains("codepay.basic-auth.password"));
  }

  @Test
  void storeNoIsCheckedAgainstTheRules() {
    configured().withPropertyValues("codepay.store-no=" + "9".repeat(33)).run(context ->
        assertThat(StartupFailures.analysisOf(context).getDescription()).contains("codepay.store-no"));
    configured().withPropertyValues("codepay.store-no=S-1").run(context ->
        assertThat(context.getBean(Till.class).pushOrder(ShopSandbox.sale("SPRING-4")).transNo()).isNotBlank());
  }

  @Test
  void keysAreReadFromFilesAndFromInlinePemOrBase64Text() {
    String privatePem = Fixtures.text(Fixtures.MERCHANT_PRIVATE_PKCS1);
    configured()
        .withPropertyValues(
            "codepay.merchant-private-key=file:" + Fixtures.path(Fixtures.MERCHANT_PRIVATE_PKCS8),
            "codepay.gateway-public-key=" + base64Body(SANDBOX.get().gatewayPublicKeyPem()))
        .run(context -> assertThat(context.getBean(Till.class).pushOrder(ShopSandbox.sale("KEYS-1")).transNo())
            .isNotBlank());
    configured()
        .withPropertyValues("codepay.merchant-private-key=" + privatePem)
        .run(context -> assertThat(context.getBean(Till.class).pushOrder(ShopSandbox.sale("KEYS-2")).transNo())
            .isNotBlank());
    configured()
        .withPropertyValues("codepay.merchant-private-key=" + base64Body(privatePem))
        .run(context -> assertThat(context.getBean(Till.class).pushOrder(ShopSandbox.sale("KEYS-3")).transNo())
            .isNotBlank());
  }

  @Test
  void anEncryptedPrivateKeyIsOpenedWithThePassphrase(@TempDir Path dir) throws Exception {
    Path encrypted = dir.resolve("merchant-encrypted.pem");
    Process openssl = new ProcessBuilder("openssl", "pkcs8", "-topk8", "-v2", "aes-256-cbc",
        "-in", Fixtures.path(Fixtures.MERCHANT_PRIVATE_PKCS8).toString(), "-out", encrypted.toString(),
        "-passout", "pass:correct horse")
        .redirectErrorStream(true).start();
    assertThat(openssl.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(openssl.exitValue()).as(new String(openssl.getInputStream().readAllBytes())).isZero();
    assertThat(Files.readString(encrypted)).contains("BEGIN ENCRYPTED PRIVATE KEY");

    configured()
        .withPropertyValues("codepay.merchant-private-key=file:" + encrypted,
            "codepay.merchant-private-key-passphrase=correct horse")
        .run(context -> assertThat(context.getBean(Till.class).pushOrder(ShopSandbox.sale("PASS-1")).transNo())
            .isNotBlank());
    configured()
        .withPropertyValues("codepay.merchant-private-key=file:" + encrypted)
        .run(context -> assertThat(StartupFailures.analysisOf(context).getDescription())
            .contains("codepay.merchant-private-key", "passphrase"));
  }

  @Test
  void languageChoosesTheLanguageOfGatewayMessages() {
    configured().withPropertyValues("codepay.language=ja-JP").run(context ->
        assertThat(gatewayError(() -> context.getBean(Till.class).queryOrder(ShopSandbox.order("NONE"))).getMessage())
            .contains("取引が存在しません"));
    configured().run(context ->
        assertThat(gatewayError(() -> context.getBean(Till.class).queryOrder(ShopSandbox.order("NONE"))).getMessage())
            .contains("The transaction does not exist"));
  }

  @Test
  void withoutTheSandboxCertificateAmongTrustedCertificatesNothingIsSent() {
    Map<String, String> untrusting = new LinkedHashMap<>(ShopSandbox.properties(SANDBOX.get()));
    untrusting.remove("codepay.trusted-certificates[0]");
    with(runner, untrusting).run(context ->
        assertThatThrownBy(() -> context.getBean(Till.class).pushOrder(ShopSandbox.sale("TLS-1")))
            .isInstanceOf(RequestNotSentException.class));
  }

  @Test
  void maxResponseSizeLimitsTheAnswer() {
    configured().withPropertyValues("codepay.max-response-size=64B").run(context ->
        assertThatThrownBy(() -> context.getBean(Till.class).queryOrder(ShopSandbox.order("NONE")))
            .isInstanceOf(MalformedResponseException.class)
            .hasMessageContaining("larger than the limit of 64 bytes"));
  }

  @Test
  void connectTimeoutBoundsTheWaitForAConnection() throws IOException {
    try (SilentServer silent = SilentServer.unreachable()) {
      assertTimesOut(silent, "codepay.connect-timeout=300ms", RequestNotSentException.class);
    }
  }

  @Test
  void readTimeoutBoundsTheWaitForAnAnswer() throws IOException {
    try (SilentServer silent = SilentServer.mute()) {
      assertTimesOut(silent, "codepay.read-timeout=300ms", OutcomeUnknownException.class);
    }
  }

  /**
   * A call to the silent server fails as {@code expected} well before the other two timeouts (30 s) could end it,
   * so only the one under test can have.
   */
  private void assertTimesOut(SilentServer silent, String timeout, Class<? extends Exception> expected) {
    configured()
        .withPropertyValues(
            "codepay.base-url=" + silent.baseUrl(),
            "codepay.trusted-certificates[0]=" + silent.certificatePem(),
            timeout)
        .run(context -> {
          long start = System.nanoTime();
          assertThatThrownBy(() -> context.getBean(Till.class).pushOrder(ShopSandbox.sale("SLOW-1")))
              .isInstanceOf(expected);
          assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        });
  }

  @Test
  void everyPropertyBindsWithItsDefault() {
    configured().run(context -> {
      CodePayProperties properties = context.getBean(CodePayProperties.class);
      assertThat(properties.getLanguage()).isEqualTo(Language.EN_US);
      assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofSeconds(30));
      assertThat(properties.getReadTimeout()).isEqualTo(Duration.ofSeconds(30));
      assertThat(properties.getWriteTimeout()).isEqualTo(Duration.ofSeconds(30));
      assertThat(properties.getMaxResponseSize().toBytes()).isEqualTo(1024 * 1024);
      assertThat(properties.getMetrics().isEnabled()).isTrue();
    });
    configured().withPropertyValues("codepay.write-timeout=5s", "codepay.language=fr-FR").run(context -> {
      CodePayProperties properties = context.getBean(CodePayProperties.class);
      assertThat(properties.getWriteTimeout()).isEqualTo(Duration.ofSeconds(5));
      assertThat(properties.getLanguage()).isEqualTo(Language.FR_FR);
    });
  }

  @Test
  void baseUrlShortcutsNameCodePaysGateways() {
    assertThat(CodePayClientFactory.baseUrl("production")).isEqualTo(CodePayClient.PRODUCTION);
    assertThat(CodePayClientFactory.baseUrl("Sandbox")).isEqualTo(CodePayClient.SANDBOX);
    assertThat(CodePayClientFactory.baseUrl("https://gw.example/")).isEqualTo("https://gw.example/");
    assertThat(new CodePayProperties().getBaseUrl()).isEqualTo("production");
  }

  @Test
  void anApplicationsOwnClientWinsAndNeedsNoProperties() {
    runner.withUserConfiguration(OwnClient.class).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(CodePayClient.class);
      assertThat(context.getBean(CodePayClient.class)).isSameAs(context.getBean(OwnClient.class).client);
      assertThat(context.getBean(Till.class).pushOrder(ShopSandbox.sale("OWN-1")).transNo()).isNotBlank();
    });
  }

  @Test
  void anApplicationsOwnApiBeanWins() {
    configured().withUserConfiguration(OwnTill.class).run(context -> {
      assertThat(context).hasSingleBean(Till.class);
      assertThat(context.getBean(Till.class)).isSameAs(OwnTill.TILL);
    });
  }

  @Test
  void customizersRunAfterThePropertiesAndListenersHearEveryVerifiedAnswer() {
    configured().withUserConfiguration(Listening.class).run(context -> {
      Till till = context.getBean(Till.class);
      till.pushOrder(ShopSandbox.sale("LISTEN-1"));
      assertThat(gatewayError(() -> till.queryOrder(ShopSandbox.order("NONE"))).getMessage())
          .as("the customizer's language replaced the property's")
          .contains("La transaction n'existe pas");
      assertThat(context.getBean(Listening.class).heard)
          .hasSize(2)
          .allSatisfy(answer -> assertThat(answer).matches(".* psn=\\S+"))
          .first().asString().startsWith("wisehub.cloud.pay.order 0 ");
    });
  }

  @Test
  void callsAreTimedPerEndpointOutcomeAndCode() {
    configured().withUserConfiguration(Meters.class).run(context -> {
      Till till = context.getBean(Till.class);
      assertThat(AopUtils.isAopProxy(till)).isTrue();
      till.pushOrder(ShopSandbox.sale("TIMED-1"));
      gatewayError(() -> till.queryOrder(ShopSandbox.order("NONE")));
      assertThatThrownBy(() -> till.queryRefund(ShopSandbox.order("NONE")).get(30, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class);
      MeterRegistry registry = context.getBean(MeterRegistry.class);
      assertThat(registry.get("codepay.client.calls")
          .tags("endpoint", "wisehub.cloud.pay.order", "outcome", "success", "code", "0").timer().count())
          .isEqualTo(1);
      assertThat(registry.get("codepay.client.calls")
          .tags("endpoint", "order.query", "outcome", "gateway_error", "code", "E09002").timer().count())
          .isEqualTo(1);
      // The asynchronous call is timed as its future completes, which get() may see a moment before.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (registry.find("codepay.client.calls").tags("endpoint", "order.refund.query").timer() == null
          && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(registry.get("codepay.client.calls")
          .tags("endpoint", "order.refund.query", "outcome", "gateway_error").timer().count())
          .isEqualTo(1);
      assertThat(registry.get("codepay.client.calls").meters())
          .allSatisfy(meter -> assertThat(meter.getId().getTags())
              .extracting(tag -> tag.getKey()).containsExactlyInAnyOrder("endpoint", "outcome", "code"));
    });
  }

  @Test
  void metricsCanBeTurnedOff() {
    configured().withUserConfiguration(Meters.class).withPropertyValues("codepay.metrics.enabled=false")
        .run(context -> {
          Till till = context.getBean(Till.class);
          assertThat(AopUtils.isAopProxy(till)).isFalse();
          till.pushOrder(ShopSandbox.sale("UNTIMED-1"));
          assertThat(context.getBean(MeterRegistry.class).find("codepay.client.calls").meters()).isEmpty();
        });
  }

  @Test
  void withoutMicrometerClientsAreNotWrapped() {
    configured().withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(AopUtils.isAopProxy(context.getBean(Till.class))).isFalse();
    });
  }

  @Test
  void theClientIsClosedWithTheContext() {
    Till[] till = new Till[1];
    configured().run(context -> {
      till[0] = context.getBean(Till.class);
      assertThat(failureOf(till[0].queryRefund(ShopSandbox.order("NONE"))))
          .as("open: the gateway answers").isInstanceOf(GatewayErrorException.class);
    });
    assertThat(failureOf(till[0].queryRefund(ShopSandbox.order("NONE"))))
        .as("closed: the call never reaches the gateway").isNotInstanceOf(GatewayErrorException.class);
  }

  private static Throwable failureOf(CompletableFuture<Transaction> call) {
    try {
      call.get(30, TimeUnit.SECONDS);
      throw new AssertionError("the call succeeded");
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static GatewayErrorException gatewayError(Runnable call) {
    try {
      call.run();
    } catch (GatewayErrorException e) {
      return e;
    }
    throw new AssertionError("the gateway accepted the call");
  }

  private static String base64Body(String pem) {
    return pem.lines().filter(line -> !line.startsWith("-----")).reduce("", String::concat);
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnClient {
    final CodePayClient client = CodePayClient.builder()
        .baseUrl(SANDBOX.get().baseUrl())
        .appId(SANDBOX.get().appId())
        .merchantNo(SANDBOX.get().merchantNo())
        .merchantPrivateKey(CodePayKeys.privateKey(Fixtures.text(Fixtures.MERCHANT_PRIVATE_PKCS8)))
        .gatewayPublicKey(SANDBOX.get().gatewayPublicKey())
        .trustCertificatePem(SANDBOX.get().certificatePem())
        .build();

    @Bean
    CodePayClient ownCodePayClient() {
      return client;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnTill {
    static final Till TILL = new Till() {
      @Override
      public OrderPushed pushOrder(PushOrder order) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Transaction queryOrder(OrderQuery query) {
        throw new UnsupportedOperationException();
      }

      @Override
      public CompletableFuture<Transaction> queryRefund(OrderQuery query) {
        throw new UnsupportedOperationException();
      }
    };

    @Bean
    Till ownTill() {
      return TILL;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Listening {
    final List<String> heard = new ArrayList<>();

    @Bean
    AnswerListener recordingListener() {
      return (endpoint, httpStatus, code, psn, requestId) -> heard.add(endpoint + " " + code + " psn=" + psn);
    }

    @Bean
    CodePayClientCustomizer frenchMessages() {
      return builder -> builder.language(Language.FR_FR);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Meters {
    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }
}
