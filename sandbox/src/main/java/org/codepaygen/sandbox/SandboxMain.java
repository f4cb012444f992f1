package org.codepaygen.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.codepaygen.runtime.error.KeyFormatException;
import org.codepaygen.runtime.keys.CodePayKeys;
import org.codepaygen.sandbox.notify.NotificationEncoding;

/**
 * Runs the sandbox until interrupted. Flags are {@code --name value} or {@code --name=value}; see {@link #USAGE}.
 */
public final class SandboxMain {
  static final String USAGE = """
      Usage: SandboxMain --merchant-public-key FILE [options]
        --merchant-public-key FILE    the merchant public key requests must verify with (PEM or Base64); required
        --port N                      port on 127.0.0.1 (default 8443; 0 picks a free one)
        --app-id ID                   the accepted app_id (default %s)
        --merchant-no NO              the accepted merchant_no (default %s)
        --gateway-private-key FILE    the key the sandbox signs with (default: a new RSA-2048 key)
        --gateway-public-key-out FILE write the gateway public key here (PEM); printed when not given
        --app-aes-key FILE            the app's AES-256 key (Base64 of 32 bytes): merchant checkout also takes
                                      enc_type AES cards (default: RSA only)
        --basic-auth FILE             also accept HTTP Basic authentication (sign_type=NONE) for the
                                      user:password on FILE's first line (kept out of the process list)
        --certificate-out FILE        write the self-signed TLS certificate here (PEM), for clients to trust
        --notification-delay D        time the simulated terminal takes: 500ms, 2s, 1m or ISO-8601 (default 2s)
        --time-scale X                divide the notification retry schedule by X (default 1)
        --notification-encoding E     json (default) or form: how notification bodies are written
        --max-orders N                transactions kept before the oldest are forgotten (default 10000)
        --idle-timeout D              close a connection silent this long (default 30s)
        --request-timeout D           time a request's headers and body may take to arrive (default 10s)
        --max-connections N           connections served at once; more wait to be accepted (default 1000)
      """.formatted(CodePaySandbox.DEFAULT_APP_ID, CodePaySandbox.DEFAULT_MERCHANT_NO);
  private static final Set<String> FLAGS = Set.of(
      "merchant-public-key", "port", "app-id", "merchant-no", "gateway-private-key", "gateway-public-key-out",
      "app-aes-key", "basic-auth",
      "certificate-out", "notification-delay", "time-scale", "notification-encoding", "max-orders", "idle-timeout",
      "request-timeout", "max-connections");
  private static final int DEFAULT_PORT = 8443;

  private SandboxMain() {}

  public static void main(String[] args) throws InterruptedException {
    CodePaySandbox sandbox;
    try {
      sandbox = start(parse(args), System.out);
    } catch (IllegalArgumentException | IllegalStateException | KeyFormatException | IOException e) {
      System.err.println("codepay-sandbox: " + e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }, "codepay-sandbox-shutdown"));
    stopped.await();
  }

  /** Starts a sandbox from parsed flags, writes the files asked for and tells {@code out} where it listens. */
  static CodePaySandbox start(Map<String, String> flags, PrintStream out) throws IOException {
    String merchantKey = flags.get("merchant-public-key");
    if (merchantKey == null) {
      throw new IllegalArgumentException("--merchant-public-key is required");
    }
    CodePaySandbox.Builder builder = CodePaySandbox.builder()
        .merchantPublicKey(CodePayKeys.publicKey(Path.of(merchantKey)))
        .port(flags.containsKey("port") ? parseInt(flags, "port") : DEFAULT_PORT);
    if (flags.containsKey("app-id")) {
      builder.appId(flags.get("app-id"));
    }
    if (flags.containsKey("merchant-no")) {
      builder.merchantNo(flags.get("merchant-no"));
    }
    if (flags.containsKey("gateway-private-key")) {
      builder.gatewayPrivateKey(CodePayKeys.privateKey(Path.of(flags.get("gateway-private-key"))));
    }
    if (flags.containsKey("app-aes-key")) {
      builder.appAesKey(readAesKey(Path.of(flags.get("app-aes-key"))));
    }
    if (flags.containsKey("basic-auth")) {
      String[] credentials = readBasicAuth(Path.of(flags.get("basic-auth")));
      builder.basicAuth(credentials[0], credentials[1]);
    }
    if (flags.containsKey("notification-delay")) {
      builder.notificationDelay(parseDuration(flags.get("notification-delay")));
    }
    if (flags.containsKey("time-scale")) {
      builder.timeScale(parseDouble(flags, "time-scale"));
    }
    if (flags.containsKey("notification-encoding")) {
      builder.notificationEncoding(parseEncoding(flags.get("notification-encoding")));
    }
    if (flags.containsKey("max-orders")) {
      builder.maxOrders(parseInt(flags, "max-orders"));
    }
    if (flags.containsKey("idle-timeout")) {
      builder.idleTimeout(parseDuration(flags.get("idle-timeout")));
    }
    if (flags.containsKey("request-timeout")) {
      builder.requestTimeout(parseDuration(flags.get("request-timeout")));
    }
    if (flags.containsKey("max-connections")) {
      builder.maxConnections(parseInt(flags, "max-connections"));
    }
    CodePaySandbox sandbox = builder.start();
    try {
      writeOrPrint(flags.get("gateway-public-key-out"), sandbox.gatewayPublicKeyPem(), "gateway public key", out);
      writeOrPrint(flags.get("certificate-out"), sandbox.certificatePem(), "TLS certificate", out);
    } catch (IOException | RuntimeException e) {
      sandbox.close();
      throw e;
    }
    out.println("CodePay sandbox listening on " + sandbox.baseUrl() + " (app_id " + sandbox.appId()
        + ", merchant_no " + sandbox.merchantNo() + "); Ctrl-C stops it");
    return sandbox;
  }

  static Map<String, String> parse(String[] args) {
    Map<String, String> flags = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("Unexpected argument: " + arg);
      }
      String name = arg.substring(2);
      String value;
      int equals = name.indexOf('=');
      if (equals >= 0) {
        value = name.substring(equals + 1);
        name = name.substring(0, equals);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException("--" + name + " needs a value");
      }
      if (!FLAGS.contains(name)) {
        throw new IllegalArgumentException("Unknown option --" + name);
      }
      flags.put(name, value);
    }
    return flags;
  }

  /** The Base64 text of a file, as CodePay hands out app AES keys; the message never quotes it. */
  public static byte[] readAesKey(Path file) throws IOException {
    try {
      return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
    } catch (IllegalArgumentException | CharacterCodingException e) {
      throw new IllegalArgumentException("--app-aes-key: " + file + " does not hold a Base64 key");
    }
  }

  /**
   * The user and password of a file whose first line is {@code user:password}; the message never quotes the file.
   */
  public static String[] readBasicAuth(Path file) throws IOException {
    String line;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      line = reader.readLine();
    } catch (CharacterCodingException e) {
      line = null;
    }
    int colon = line == null ? -1 : line.indexOf(':');
    if (colon < 1 || colon == line.length() - 1) {
      throw new IllegalArgumentException("--basic-auth: the first line of " + file + " is not user:password");
    }
    return new String[] {line.substring(0, colon), line.substring(colon + 1)};
  }

  /** {@code 500ms}, {@code 2s}, {@code 1m}, or ISO-8601 such as {@code PT2S}. */
  static Duration parseDuration(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (lower.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(lower.substring(0, lower.length() - 2)));
      }
      if (lower.endsWith("s")) {
        return Duration.ofSeconds(Long.parseLong(lower.substring(0, lower.length() - 1)));
      }
      if (lower.endsWith("m")) {
        return Duration.ofMinutes(Long.parseLong(lower.substring(0, lower.length() - 1)));
      }
      return Duration.parse(text.strip());
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("Not a duration: " + text);
    }
  }

  private static NotificationEncoding parseEncoding(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "json" -> NotificationEncoding.JSON;
      case "form" -> NotificationEncoding.FORM;
      default -> throw new IllegalArgumentException("--notification-encoding is json or form, not " + text);
    };
  }

  private static int parseInt(Map<String, String> flags, String name) {
    try {
      return Integer.parseInt(flags.get(name));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a whole number");
    }
  }

  private static double parseDouble(Map<String, String> flags, String name) {
    try {
      return Double.parseDouble(flags.get(name));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a number");
    }
  }

  private static void writeOrPrint(String file, String pem, String what, PrintStream out) throws IOException {
    if (file == null) {
      out.println("The sandbox's " + what + ":");
      out.print(pem);
    } else {
      Files.writeString(Path.of(file), pem, StandardCharsets.US_ASCII);
      out.println("Wrote the sandbox's " + what + " to " + file);
    }
  }
}
