package org.codepaygen.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.codepaygen.runtime.error.GatewayErrorException;
import org.codepaygen.sandbox.CodePaySandbox;
import org.codepaygen.spring.shop.CardDesk;
import org.codepaygen.spring.shop.ShopConfiguration;
import org.codepaygen.spring.shop.ShopSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@code codepay.aes-key} switches the card encryption of {@code pay.merchant.checkout} to AES with the app's key, as
 * text or from a location; a bad key stops start-up without being shown.
 */
class AesKeyPropertyTest {
  private static final byte[] AES_KEY = bytes(1);
  private static final String AES_KEY_BASE64 = Base64.getEncoder().encodeToString(AES_KEY);
  private static final CodePaySandbox SANDBOX = ShopSandbox.startWithAesKey(AES_KEY);

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CodePayAutoConfiguration.class, CodePayClientsAutoConfiguration.class))
      .withUserConfiguration(ShopConfiguration.class)
      .withPropertyValues(ShopSandbox.propertyValues(ShopSandbox.properties(SANDBOX)));

  @AfterAll
  static void stopSandbox() {
    SANDBOX.close();
  }

  @Test
  void theKeyAsBase64TextEncryptsCardsWithAes() {
    runner.withPropertyValues("codepay.aes-key=" + AES_KEY_BASE64).run(context ->
        assertThat(context.getBean(CardDesk.class).payByCard(ShopSandbox.cardPayment("AES-1")).transStatus())
            .isEqualTo(2));
  }

  @Test
  void theKeyIsReadFromALocation(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("aes-key.txt"), AES_KEY_BASE64 + "\n");
    runner.withPropertyValues("codepay.aes-key=file:" + file).run(context ->
        assertThat(context.getBean(CardDesk.class).payByCard(ShopSandbox.cardPayment("AES-2")).transStatus())
            .isEqualTo(2));
  }

  /** The sandbox takes RSA cards too; only a wrong AES key shows that the card went as AES. */
  @Test
  void anotherKeyIsUsedAsGivenSoTheGatewayCannotDecrypt() {
    runner.withPropertyValues("codepay.aes-key=" + Base64.getEncoder().encodeToString(bytes(2))).run(context ->
        assertThatThrownBy(() -> context.getBean(CardDesk.class).payByCard(ShopSandbox.cardPayment("AES-3")))
            .isInstanceOfSatisfying(GatewayErrorException.class, e -> {
              assertThat(e.code()).isEqualTo("E08003");
              assertThat(e.getMessage()).contains("AES");
            }));
  }

  @Test
  void withoutTheKeyCardsGoWithRsa() {
    runner.run(context ->
        assertThat(context.getBean(CardDesk.class).payByCard(ShopSandbox.cardPayment("RSA-1")).transStatus())
            .isEqualTo(2));
  }

  @Test
  void aKeyOfAnotherLengthIsRefusedWithoutBeingShown() {
    String shortKey = Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(AES_KEY, 16));
    assertRefused(shortKey, "codepay.aes-key is unusable", "must be 32 bytes (AES-256); this one has 16");
  }

  @Test
  void aKeyCutShortIsNeitherTextNorALocationAndIsNotShown() {
    assertRefused(AES_KEY_BASE64.substring(0, 43),
        "codepay.aes-key is neither the Base64 of a 32-byte key nor an existing location");
  }

  @Test
  void aMissingLocationIsNamed() {
    assertRefused("classpath:no/such/aes-key.txt", "codepay.aes-key names classpath:no/such/aes-key.txt, which does"
        + " not exist");
  }

  @Test
  void aFileThatIsNotBase64IsRefusedWithoutShowingIt(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("aes-key.bin"), AES_KEY);
    assertRefused("file:" + file, "codepay.aes-key is unusable", "not standard Base64");
  }

  private void assertRefused(String value, String... expected) {
    runner.withPropertyValues("codepay.aes-key=" + value).run(context -> {
      FailureAnalysis analysis = StartupFailures.analysisOf(context);
      assertThat(analysis.getDescription()).contains(expected);
      assertThat(analysis.getAction()).contains("codepay.aes-key", "32 bytes");
      String everything = analysis.getDescription() + analysis.getAction() + messages(context.getStartupFailure());
      assertThat(everything).doesNotContain(AES_KEY_BASE64.substring(0, 20))
          .doesNotContain(new String(AES_KEY, StandardCharsets.ISO_8859_1));
    });
  }

  /** 32 bytes counting up from {@code first}. */
  private static byte[] bytes(int first) {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (first + i * 7);
    }
    return key;
  }

  private static String messages(Throwable failure) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.add(String.valueOf(t.getMessage()));
    }
    return String.join("\n", messages);
  }
}
