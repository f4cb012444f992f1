package org.codepaygen.cli.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.codepaygen.cli.CodePayCli;
import org.codepaygen.cli.Output;
import org.codepaygen.runtime.keys.CodePayKeys;
import org.codepaygen.sandbox.CodePaySandbox;
import org.codepaygen.sandbox.SandboxMain;
import org.codepaygen.sandbox.notify.NotificationEncoding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code codepay sandbox}: the local sandbox, until Ctrl-C. */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the local CodePay sandbox until Ctrl-C.",
      "Starts the local CodePay sandbox on 127.0.0.1, writes its TLS certificate and gateway public key for"
          + " clients (such as `codepay call`) to use, and serves until Ctrl-C. It checks requests as strictly as"
          + " the gateway and signs its answers.",
      "Both files are rewritten at each start: the sandbox makes a new certificate, and a new gateway key unless"
          + " --gateway-private-key is given."
    })
public final class SandboxCommand implements Callable<Integer> {
  @Option(names = "--merchant-public-key", paramLabel = "FILE", defaultValue = "merchant-public.pem",
      description = "The merchant public key requests must verify with. Default: ${DEFAULT-VALUE}.")
  Path merchantPublicKey;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8443",
      description = "Port on 127.0.0.1; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--app-id", paramLabel = "ID", defaultValue = CodePaySandbox.DEFAULT_APP_ID,
      description = "The one app_id accepted. Default: ${DEFAULT-VALUE}.")
  String appId;

  @Option(names = "--merchant-no", paramLabel = "NO", defaultValue = CodePaySandbox.DEFAULT_MERCHANT_NO,
      description = "The one merchant_no accepted. Default: ${DEFAULT-VALUE}.")
  String merchantNo;

  @Option(names = "--gateway-private-key", paramLabel = "FILE",
      description = "The key the sandbox signs with; a new RSA-2048 key when not given.")
  Path gatewayPrivateKey;

  @Option(names = "--app-aes-key", paramLabel = "FILE",
      description = "The app's AES-256 key, Base64 of 32 bytes: merchant checkout then also takes enc_type AES"
          + " cards (AES-256-ECB, the protocol's choice; RSA is the better one). Default: RSA only.")
  Path appAesKey;

  @Option(names = "--notification-delay", paramLabel = "DURATION", defaultValue = "PT2S",
      description = "How long the simulated terminal takes, ISO-8601. Default: ${DEFAULT-VALUE}.")
  Duration notificationDelay;

  @Option(names = "--time-scale", paramLabel = "X", defaultValue = "1",
      description = "Divides the notification retry schedule. Default: ${DEFAULT-VALUE}.")
  double timeScale;

  @Option(names = "--max-orders", paramLabel = "N", defaultValue = "10000",
      description = "Transactions kept before the oldest are forgotten. Default: ${DEFAULT-VALUE}.")
  int maxOrders;

  @Option(names = "--basic-auth", paramLabel = "FILE",
      description = "Also accept HTTP Basic authentication (sign_type=NONE) for the user:password on FILE's first"
          + " line, kept out of the process list.")
  Path basicAuth;

  @Option(names = "--notification-encoding", paramLabel = "ENCODING", defaultValue = "json",
      description = "Notification bodies as json (what the gateway sends) or form. Default: ${DEFAULT-VALUE}.")
  NotificationEncoding notificationEncoding;

  @Option(names = "--idle-timeout", paramLabel = "DURATION", defaultValue = "PT30S",
      description = "How long a connection may send nothing before it is closed, ISO-8601. Default: ${DEFAULT-VALUE}.")
  Duration idleTimeout;

  @Option(names = "--request-timeout", paramLabel = "DURATION", defaultValue = "PT10S",
      description = "How long a request's headers and body may take to arrive (then 408), ISO-8601."
          + " Default: ${DEFAULT-VALUE}.")
  Duration requestTimeout;

  @Option(names = "--max-connections", paramLabel = "N", defaultValue = "1000",
      description = "Connections served at once; further ones wait. Default: ${DEFAULT-VALUE}.")
  int maxConnections;

  @Option(names = "--certificate-out", paramLabel = "FILE", defaultValue = "sandbox-cert.pem",
      description = "Where to write the TLS certificate clients should trust. Default: ${DEFAULT-VALUE}.")
  Path certificateOut;

  @Option(names = "--gateway-public-key-out", paramLabel = "FILE", defaultValue = "gateway-public.pem",
      description = "Where to write the gateway public key answers verify with. Default: ${DEFAULT-VALUE}.")
  Path gatewayPublicKeyOut;

  @Mixin Output output;

  @Override
  public Integer call() throws Exception {
    CodePaySandbox.Builder builder = CodePaySandbox.builder()
        .merchantPublicKey(CodePayKeys.publicKey(merchantPublicKey))
        .port(port)
        .appId(appId)
        .merchantNo(merchantNo)
        .notificationDelay(notificationDelay)
        .timeScale(timeScale)
        .maxOrders(maxOrders)
        .notificationEncoding(notificationEncoding)
        .idleTimeout(idleTimeout)
        .requestTimeout(requestTimeout)
        .maxConnections(maxConnections);
    if (gatewayPrivateKey != null) {
      builder.gatewayPrivateKey(CodePayKeys.privateKey(gatewayPrivateKey));
    }
    if (basicAuth != null) {
      String[] credentials = SandboxMain.readBasicAuth(basicAuth);
      builder.basicAuth(credentials[0], credentials[1]);
    }
    if (appAesKey != null) {
      builder.appAesKey(SandboxMain.readAesKey(appAesKey));
    }
    try (CodePaySandbox sandbox = builder.start()) {
      Files.writeString(certificateOut, sandbox.certificatePem(), StandardCharsets.US_ASCII);
      Files.writeString(gatewayPublicKeyOut, sandbox.gatewayPublicKeyPem(), StandardCharsets.US_ASCII);
      announce(sandbox);
      serveUntilStopped(sandbox);
    }
    return CodePayCli.OK;
  }

  private void announce(CodePaySandbox sandbox) {
    if (output.json()) {
      ObjectNode json = Output.object();
      json.put("base_url", sandbox.baseUrl());
      json.put("app_id", sandbox.appId());
      json.put("merchant_no", sandbox.merchantNo());
      json.put("certificate", certificateOut.toString());
      json.put("gateway_public_key", gatewayPublicKeyOut.toString());
      output.print(json);
    } else {
      output.out().println("Wrote the TLS certificate to " + certificateOut + " and the gateway public key to "
          + gatewayPublicKeyOut);
      output.out().println("CodePay sandbox listening on " + sandbox.baseUrl() + " (app_id " + sandbox.appId()
          + ", merchant_no " + sandbox.merchantNo() + "); Ctrl-C stops it");
      output.out().flush();
    }
  }

  /** Serves until the JVM shuts down (Ctrl-C) or the thread is interrupted, then stops the sandbox. */
  private static void serveUntilStopped(CodePaySandbox sandbox) {
    Thread stop = new Thread(sandbox::close, "codepay-sandbox-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(stop);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running or has run; it closes the sandbox.
      }
    }
  }
}
