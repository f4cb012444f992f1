package org.codepaygen.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.Language;
import org.codepaygen.runtime.keys.CodePayKeys;
import org.codepaygen.sandbox.CodePaySandbox;

/**
 * Runs the {@link Scenario} and prints a summary: against the local sandbox started in-process (the default), with
 * a local {@link NotificationDesk} receiving its notifications, or against a real gateway when {@code --base-url}
 * (or {@code CODEPAY_BASE_URL}) and its keys are given. See README.md for every setting.
 */
public final class CloudPayDemo {
  private CloudPayDemo() {}

  public static void main(String[] args) throws Exception {
    SampleSettings settings = SampleSettings.from(args, System.getenv());
    List<StepResult> results = settings.baseUrl().isPresent() ? againstGateway(settings) : againstSandbox(settings);
    System.out.println();
    System.out.print(Summary.format(results));
    if (results.stream().anyMatch(result -> !result.expected())) {
      System.exit(1);
    }
  }

  /** Starts the sandbox on a free loopback port, trusting exactly its certificate, and runs the scenario. */
  static List<StepResult> againstSandbox(SampleSettings settings) throws Exception {
    KeyPair merchantKeys = newMerchantKeys();
    try (CodePaySandbox sandbox = CodePaySandbox.builder()
        .merchantPublicKey(merchantKeys.getPublic())
        .notificationDelay(Duration.ofMillis(1500))
        .start()) {
      System.out.println("Local CodePay sandbox at " + sandbox.baseUrl() + " (its certificate trusted explicitly)");
      PsnRecorder psns = new PsnRecorder();
      CodePayClient.Builder client = CodePayClient.builder()
          .baseUrl(sandbox.baseUrl())
          .appId(sandbox.appId())
          .merchantNo(sandbox.merchantNo())
          .merchantPrivateKey(merchantKeys.getPrivate())
          .gatewayPublicKey(sandbox.gatewayPublicKey())
          .trustCertificatePem(sandbox.certificatePem())
          .language(settings.language());
      try (NotificationDesk desk = NotificationDesk.start(
          sandbox.gatewayPublicKey(), System.out::println, transNo -> redeliver(sandbox, transNo))) {
        System.out.println("Receiving notifications at " + desk.notifyUrl());
        return run(client, psns, settings.terminalSn(), Duration.ofMillis(500), desk,
            new SandboxCustomer(sandbox.certificatePem()));
      }
    }
  }

  /** The sandbox sends a transaction's delivered notification once more, as a gateway whose answer got lost. */
  static void redeliver(CodePaySandbox sandbox, String transNo) {
    sandbox.notifications().delivered().stream()
        .filter(notification -> notification.transNo().equals(transNo))
        .findFirst()
        .ifPresent(notification -> sandbox.notifications().redeliver(notification.id()));
  }

  static List<StepResult> againstGateway(SampleSettings settings) {
    PsnRecorder psns = new PsnRecorder();
    CodePayClient.Builder client = CodePayClient.builder()
        .baseUrl(settings.baseUrl().orElseThrow())
        .appId(settings.appId().orElseThrow(() -> missing("app-id")))
        .merchantNo(settings.merchantNo().orElseThrow(() -> missing("merchant-no")))
        .merchantPrivateKey(CodePayKeys.privateKey(
            settings.merchantPrivateKey().orElseThrow(() -> missing("merchant-private-key"))))
        .gatewayPublicKey(CodePayKeys.publicKey(
            settings.gatewayPublicKey().orElseThrow(() -> missing("gateway-public-key"))))
        .language(settings.language());
    settings.trustCertificate().ifPresent(file -> client.trustCertificatePem(read(file)));
    System.out.println("CodePay gateway at " + settings.baseUrl().orElseThrow());
    // CodePay's advice: poll every 2 s, for up to 60 s. No notify_url: CodePay cannot reach this machine.
    // Nor can it act as the customer on the gateway's pages: the web-shop steps are left out.
    return run(client, psns, settings.terminalSn(), Duration.ofSeconds(2), null, null);
  }

  private static List<StepResult> run(CodePayClient.Builder client, PsnRecorder psns, String terminalSn,
      Duration pollEvery, NotificationDesk desk, SandboxCustomer customer) {
    try (CodePayClient english = client.answerListener(psns).build();
        CodePayClient japanese = client.language(Language.JA_JP).build()) {
      return new Scenario(english, japanese, psns, terminalSn, pollEvery, Duration.ofSeconds(60),
          System.out::println, desk, customer).run();
    }
  }

  private static KeyPair newMerchantKeys() throws NoSuchAlgorithmException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  private static IllegalArgumentException missing(String setting) {
    return new IllegalArgumentException(
        "Talking to a gateway needs --" + setting + " (or CODEPAY_" + setting.toUpperCase().replace('-', '_') + ")");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
