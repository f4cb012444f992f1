package org.codepaygen.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.codepaygen.sandbox.card.CardCipher;
import org.codepaygen.sandbox.gateway.CustomerUrls;
import org.codepaygen.sandbox.gateway.Gateway;
import org.codepaygen.sandbox.gateway.GatewaySigner;
import org.codepaygen.sandbox.gateway.TransactionFields;
import org.codepaygen.sandbox.http.RequestLog;
import org.codepaygen.sandbox.http.SandboxServer;
import org.codepaygen.sandbox.http.ServingLimits;
import org.codepaygen.sandbox.notify.NotificationEncoding;
import org.codepaygen.sandbox.notify.Notifications;
import org.codepaygen.sandbox.notify.Notifier;
import org.codepaygen.sandbox.notify.RetrySchedule;
import org.codepaygen.sandbox.pages.CustomerPages;
import org.codepaygen.sandbox.state.OrderBook;
import org.codepaygen.sandbox.state.SerialNumbers;
import org.codepaygen.sandbox.state.TransactionView;
import org.codepaygen.sandbox.state.UploadedFiles;
import org.codepaygen.sandbox.tls.Pem;
import org.codepaygen.sandbox.tls.SelfSignedTls;

/**
 * A local HTTPS CodePay gateway, as strict as the real one: {@code POST /api/entry} and
 * {@code POST /api/file/upload} on {@code https://localhost:PORT/}, a self-signed certificate made at start, every
 * request checked and signed answers, and the customer's pages of online and QR payments at {@code /pay/TOKEN}.
 * Thread-safe; state is in memory and bounded.
 *
 * <pre>{@code
 * try (CodePaySandbox sandbox = CodePaySandbox.builder().merchantPublicKey(merchantPublic).start()) {
 *   String url = sandbox.baseUrl();                  // https://localhost:PORT/
 *   String trust = sandbox.certificatePem();         // the only certificate a client should trust
 *   PublicKey verifyWith = sandbox.gatewayPublicKey();
 * }
 * }</pre>
 */
public final class CodePaySandbox implements AutoCloseable {
  public static final String DEFAULT_APP_ID = "wz6012822ca2f1as78";
  public static final String DEFAULT_MERCHANT_NO = "302300000926";
  /** How often the simulated terminal looks for transactions whose delay has passed. */
  private static final Duration TERMINAL_TICK = Duration.ofMillis(20);
  private static final int MAX_NOTIFICATIONS = 1_000;
  private static final int MAX_FILES = 100;
  private static final int MAX_LOGGED_REQUESTS = 1_000;

  private final String appId;
  private final String merchantNo;
  private final SelfSignedTls tls;
  private final PublicKey gatewayPublicKey;
  private final Notifier notifier;
  private final UploadedFiles files;
  private final RequestLog requests = new RequestLog(MAX_LOGGED_REQUESTS);
  private final ScheduledExecutorService terminal;
  private final SandboxServer server;

  private CodePaySandbox(Builder settings) throws IOException {
    this.appId = settings.appId;
    this.merchantNo = settings.merchantNo;
    KeyPair gatewayKeys = gatewayKeys(settings.gatewayPrivateKey);
    this.gatewayPublicKey = gatewayKeys.getPublic();
    GatewaySigner signer = new GatewaySigner(gatewayKeys.getPrivate());
    this.tls = SelfSignedTls.generate();
    this.notifier = new Notifier(
        new RetrySchedule(settings.timeScale), settings.notificationEncoding, MAX_NOTIFICATIONS);
    this.files = new UploadedFiles(MAX_FILES);
    OrderBook book = new OrderBook(
        settings.maxOrders, settings.notificationDelay, settings.clock, view -> notify(signer, view));
    CustomerUrls urls = new CustomerUrls();
    Gateway gateway = new Gateway(
        settings.appId, settings.merchantNo, settings.merchantPublicKey, settings.clock, book, files, urls,
        new CardCipher(gatewayKeys.getPrivate(), settings.appAesKey), settings.basicAuthorization);
    this.terminal = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "codepay-sandbox-terminal");
      thread.setDaemon(true);
      return thread;
    });
    terminal.scheduleWithFixedDelay(
        book::completeDue, TERMINAL_TICK.toMillis(), TERMINAL_TICK.toMillis(), TimeUnit.MILLISECONDS);
    try {
      this.server = SandboxServer.start(
          settings.port, tls.serverContext(), settings.limits(), gateway, signer, new SerialNumbers(settings.clock),
          requests, urls, new CustomerPages(book, settings.clock));
    } catch (IOException | RuntimeException e) {
      terminal.shutdownNow();
      notifier.close();
      throw e;
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The root the clients call, {@code https://localhost:PORT/}. */
  public String baseUrl() {
    return "https://localhost:" + port() + "/";
  }

  public int port() {
    return server.port();
  }

  /** The self-signed TLS certificate as PEM: the one certificate clients should trust. */
  public String certificatePem() {
    return tls.certificatePem();
  }

  /** The self-signed TLS certificate, for clients that take a certificate rather than PEM. */
  public X509Certificate certificate() {
    return tls.certificate();
  }

  /** The key that verifies the sandbox's responses and notifications. */
  public PublicKey gatewayPublicKey() {
    return gatewayPublicKey;
  }

  /** {@link #gatewayPublicKey()} as X.509 SubjectPublicKeyInfo PEM ({@code BEGIN PUBLIC KEY}). */
  public String gatewayPublicKeyPem() {
    return Pem.of(gatewayPublicKey);
  }

  public String appId() {
    return appId;
  }

  public String merchantNo() {
    return merchantNo;
  }

  /** The notifications sent to notify_urls: delivered, pending and abandoned. */
  public Notifications notifications() {
    return notifier;
  }

  /**
   * The newest 1,000 requests answered, oldest first, each with the {@code Http-Request-Psn} it carried and the
   * answer's code and psn.
   */
  public List<RequestLog.Entry> requests() {
    return requests.entries();
  }

  /** A copy of a file received by {@code file.upload}, by the {@code file_key} the sandbox answered with. */
  public Optional<byte[]> uploadedFile(String fileKey) {
    return files.get(fileKey);
  }

  /** Stops serving and sending notifications. */
  @Override
  public void close() {
    server.close();
    terminal.shutdownNow();
    notifier.close();
  }

  @Override
  public String toString() {
    return "CodePaySandbox[" + baseUrl() + ", app_id=" + appId + "]";
  }

  private void notify(GatewaySigner signer, TransactionView completed) {
    if (completed.notifyUrl() != null) {
      notifier.send(completed.notifyUrl(), completed.transNo(), completed.requestId(),
          signer.sign(TransactionFields.of(completed)));
    }
  }

  private static KeyPair gatewayKeys(PrivateKey configured) {
    try {
      if (configured == null) {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
      }
      if (!(configured instanceof RSAPrivateCrtKey crt)) {
        throw new IllegalArgumentException(
            "The gateway private key must be an RSA key with its CRT parameters (PKCS#1 or PKCS#8 RSA)");
      }
      PublicKey publicKey = KeyFactory.getInstance("RSA")
          .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
      return new KeyPair(publicKey, configured);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK cannot make RSA keys", e);
    }
  }

  /** Settings of a sandbox; every one has a default except the merchant public key. */
  public static final class Builder {
    private String appId = DEFAULT_APP_ID;
    private String merchantNo = DEFAULT_MERCHANT_NO;
    private PublicKey merchantPublicKey;
    private PrivateKey gatewayPrivateKey;
    private Duration notificationDelay = Duration.ofSeconds(2);
    private double timeScale = 1;
    private NotificationEncoding notificationEncoding = NotificationEncoding.JSON;
    private Clock clock = Clock.systemUTC();
    private int maxOrders = 10_000;
    private int port;
    private Duration idleTimeout = ServingLimits.DEFAULTS.idleTimeout();
    private Duration requestTimeout = ServingLimits.DEFAULTS.requestTimeout();
    private int maxConnections = ServingLimits.DEFAULTS.maxConnections();
    private String basicAuthorization;
    private byte[] appAesKey;

    private Builder() {}

    /**
     * Also accepts requests authenticated by HTTP Basic with this user and password instead of a signature
     * ({@code sign_type=NONE}, protocol §10); a wrong or missing {@code Authorization} header is refused with the
     * signed error {@code E05002}. Without it, {@code sign_type=NONE} is refused as an invalid envelope value.
     */
    public Builder basicAuth(String user, String password) {
      String credentials = Objects.requireNonNull(user, "user") + ":" + Objects.requireNonNull(password, "password");
      this.basicAuthorization =
          "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
      return this;
    }

    /** The one app_id requests may carry; default {@value #DEFAULT_APP_ID}. */
    public Builder appId(String appId) {
      this.appId = Objects.requireNonNull(appId, "appId");
      return this;
    }

    /** The one merchant_no requests may carry; default {@value #DEFAULT_MERCHANT_NO}. */
    public Builder merchantNo(String merchantNo) {
      this.merchantNo = Objects.requireNonNull(merchantNo, "merchantNo");
      return this;
    }

    /** The key every request's signature must verify with. Required. */
    public Builder merchantPublicKey(PublicKey merchantPublicKey) {
      this.merchantPublicKey = Objects.requireNonNull(merchantPublicKey, "merchantPublicKey");
      return this;
    }

    /** The key the sandbox signs with; an RSA-2048 key is generated when none is given. */
    public Builder gatewayPrivateKey(PrivateKey gatewayPrivateKey) {
      this.gatewayPrivateKey = Objects.requireNonNull(gatewayPrivateKey, "gatewayPrivateKey");
      return this;
    }

    /**
     * The app's AES-256 key (32 bytes): {@code pay.merchant.checkout} then also takes cards with
     * {@code enc_type=AES} (AES-256-ECB, the protocol's choice; RSA is the better one). Without it only RSA is.
     */
    public Builder appAesKey(byte[] appAesKey) {
      if (appAesKey.length != CardCipher.AES_KEY_BYTES) {
        throw new IllegalArgumentException(
            "The app AES key must be " + CardCipher.AES_KEY_BYTES + " bytes (AES-256), was " + appAesKey.length);
      }
      this.appAesKey = appAesKey.clone();
      return this;
    }

    /** How long, on the clock, the simulated terminal takes to complete a transaction; default 2 s. */
    public Builder notificationDelay(Duration notificationDelay) {
      if (notificationDelay.isNegative()) {
        throw new IllegalArgumentException("The notification delay cannot be negative");
      }
      this.notificationDelay = notificationDelay;
      return this;
    }

    /** How much faster than real time the notification retry schedule runs; default 1 (5 s, 10 s, ... 3 h). */
    public Builder timeScale(double timeScale) {
      if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
        throw new IllegalArgumentException("The time scale must be a positive number, was " + timeScale);
      }
      this.timeScale = timeScale;
      return this;
    }

    /** How notification bodies are written: JSON (the default, as the gateway does) or form-encoded. */
    public Builder notificationEncoding(NotificationEncoding notificationEncoding) {
      this.notificationEncoding = Objects.requireNonNull(notificationEncoding, "notificationEncoding");
      return this;
    }

    /** The clock for timestamp checks, transaction times and the terminal's delay; default UTC system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How many transactions are kept before the oldest are forgotten; default 10,000. */
    public Builder maxOrders(int maxOrders) {
      if (maxOrders < 1) {
        throw new IllegalArgumentException("maxOrders must be at least 1");
      }
      this.maxOrders = maxOrders;
      return this;
    }

    /** The port to listen on, on the loopback interface; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("Not a port: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * How long a connection may send nothing (after its TLS handshake, between requests, or in the middle of one)
     * before the sandbox closes it; default 30 s.
     */
    public Builder idleTimeout(Duration idleTimeout) {
      this.idleTimeout = positive(idleTimeout, "idleTimeout");
      return this;
    }

    /**
     * How long a request's headers and body may take to arrive, from its first byte, and a connection's TLS
     * handshake from its opening; default 10 s. A slower request is answered {@code 408} when its headers have
     * arrived; otherwise its connection is closed.
     */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = positive(requestTimeout, "requestTimeout");
      return this;
    }

    /** How many connections are served at once; further ones wait to be accepted. Default 1,000. */
    public Builder maxConnections(int maxConnections) {
      if (maxConnections < 1) {
        throw new IllegalArgumentException("maxConnections must be at least 1");
      }
      this.maxConnections = maxConnections;
      return this;
    }

    private static Duration positive(Duration duration, String name) {
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + duration);
      }
      return duration;
    }

    private ServingLimits limits() {
      return new ServingLimits(idleTimeout, requestTimeout, maxConnections);
    }

    /**
     * Starts the sandbox.
     *
     * @throws IllegalStateException when no merchant public key was given
     * @throws UncheckedIOException when the port cannot be bound
     */
    public CodePaySandbox start() {
      if (merchantPublicKey == null) {
        throw new IllegalStateException("Give the sandbox the merchant public key requests must verify with");
      }
      try {
        return new CodePaySandbox(this);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the sandbox on port " + port, e);
      }
    }
  }
}
