package org.codepaygen.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;
import org.codepaygen.api.ImmutableOrderQuery;
import org.codepaygen.api.online.OnlineCheckout;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.keys.CodePayKeys;
import org.codepaygen.sandbox.CodePaySandbox;
import org.codepaygen.sandbox.notify.Notification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A {@link Tour} of the API (merchant checkouts that pass, fail and are stopped included), and the failures a client
 * can meet, run with every java.util.logging logger (where
 * System.Logger, OkHttp and the JDK's HTTP server write) at ALL and System.out/err captured: no log line,
 * exception message or stack trace, and no {@code toString()} of the client, models or results shows the private
 * key (PEM, Base64, any 48-character slice of either, its private exponent), any signature sent or received, or
 * any full request body or CodePay answer, nor any card number, security code or expiry.
 */
class SecretsTest {
  private static final List<String> LOGGERS =
      List.of("", "org.codepaygen", "org.codepaygen.runtime", "okhttp3", "okhttp3.OkHttpClient", "retrofit2",
          "com.sun.net.httpserver", "sun.net", "jdk.event.security", "okhttp3.mockwebserver");
  private static final List<Logger> held = new ArrayList<>();
  private static final List<Level> previousLevels = new ArrayList<>();
  private static final StringBuilder logs = new StringBuilder();
  private static final Set<String> loggersHeard = new java.util.TreeSet<>();
  private static final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private static final Set<String> signatures = new LinkedHashSet<>();
  private static final Set<String> bodies = new LinkedHashSet<>();
  private static final List<String> haystacks = new CopyOnWriteArrayList<>();
  private static PrintStream out;
  private static PrintStream err;
  private static Handler capture;
  private static String pkcs8Pem;
  private static String pkcs1Pem;
  private static PrivateKey privateKey;

  @BeforeAll
  static void logEverything() {
    pkcs8Pem = SignedAnswers.read("merchant-private-pkcs8.pem");
    pkcs1Pem = SignedAnswers.read("merchant-private-pkcs1.pem");
    privateKey = CodePayKeys.privateKey(pkcs1Pem);
    capture = new Handler() {
      private final SimpleFormatter formatter = new SimpleFormatter();

      @Override
      public synchronized void publish(LogRecord record) {
        loggersHeard.add(record.getLoggerName() + " " + record.getLevel());
        logs.append(formatter.format(record)).append(record.getMessage()).append('\n');
        if (record.getParameters() != null) {
          for (Object parameter : record.getParameters()) {
            logs.append(parameter).append('\n');
          }
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    capture.setLevel(Level.ALL);
    for (String name : LOGGERS) {
      Logger logger = Logger.getLogger(name);
      held.add(logger);
      previousLevels.add(logger.getLevel());
      logger.setLevel(Level.ALL);
    }
    Logger.getLogger("").addHandler(capture);
    out = System.out;
    err = System.err;
    System.setOut(new PrintStream(new TeeStream(out), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new TeeStream(err), true, StandardCharsets.UTF_8));
  }

  @AfterAll
  static void restore() {
    System.setOut(out);
    System.setErr(err);
    Logger.getLogger("").removeHandler(capture);
    for (int i = 0; i < held.size(); i++) {
      held.get(i).setLevel(previousLevels.get(i));
    }
  }

  /** Copies everything written to the console into {@link #console}. */
  private static final class TeeStream extends java.io.OutputStream {
    private final PrintStream original;

    TeeStream(PrintStream original) {
      this.original = original;
    }

    @Override
    public void write(int b) {
      synchronized (console) {
        console.write(b);
      }
      original.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      synchronized (console) {
        console.write(b, off, len);
      }
      original.write(b, off, len);
    }
  }

  /** Records every body sent and received and every sign member in them. */
  private static OkHttpClient recording() {
    return new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
      Buffer sent = new Buffer();
      chain.request().body().writeTo(sent);
      String request = sent.readUtf8();
      bodies.add(request);
      java.util.regex.Matcher part = java.util.regex.Pattern
          .compile("name=\"sign\"\\r\\nContent-Length: \\d+\\r\\n\\r\\n([A-Za-z0-9+/=]+)").matcher(request);
      while (part.find()) {
        signatures.add(part.group(1));
      }
      okhttp3.Response response = chain.proceed(chain.request());
      String answer = response.peekBody(Long.MAX_VALUE).string();
      if (answer.contains("\"sign\"")) {
        // A CodePay answer; other answers (a proxy's HTML page) may be quoted in part, as documented.
        bodies.add(answer);
      }
      for (String body : List.of(request, answer)) {
        try {
          JsonNode sign = CodePayJson.mapper().readTree(body).get("sign");
          if (sign != null) {
            signatures.add(sign.asText());
          }
        } catch (java.io.IOException notJson) {
          // multipart: handled above
        }
      }
      return response;
    }).build();
  }

  private static String describe(Throwable thrown) {
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    return thrown.getMessage() + "\n" + thrown + "\n" + trace;
  }

  @Test
  void everyMethodAndItsFailuresLeakNoKeySignatureBodyOrCard() throws Exception {
    var query = ImmutableOrderQuery.builder().merchantOrderNo("secret-test").build();
    try (CodePaySandbox sandbox = CodePaySandbox.builder().merchantPublicKey(SignedAnswers.merchantPublicKey())
        .notificationDelay(Duration.ofMillis(300)).start()) {
      CodePayClient.Builder builder = CodePayClient.builder()
          .baseUrl(sandbox.baseUrl()).appId(sandbox.appId()).merchantNo(sandbox.merchantNo())
          .merchantPrivateKey(CodePayKeys.privateKey(pkcs8Pem)).gatewayPublicKey(sandbox.gatewayPublicKey())
          .trustCertificatePem(sandbox.certificatePem()).okHttpClient(recording());
      try (CodePayClient english = builder.build();
          CodePayClient japanese = builder.language(org.codepaygen.runtime.Language.JA_JP).build();
          NotificationInbox inbox = new NotificationInbox(sandbox.gatewayPublicKey())) {
        List<String> outcomes = new Tour(english, japanese, inbox).run();
        // The card steps ran and ended as they should, so their absence from every output means something.
        assertThat(outcomes)
            .anySatisfy(o -> assertThat(o).startsWith("card paid: ").contains("transStatus=SUCCESS", "card=****"))
            .anySatisfy(o -> assertThat(o).startsWith("card declined: ").contains("transStatus=FAILED"))
            .anySatisfy(o -> assertThat(o).startsWith("card mistyped: ").contains("breaks rule LUHN"))
            .anySatisfy(o -> assertThat(o).startsWith("card sent twice: ").contains("RequestNotSentException"));
        haystacks.addAll(outcomes);
        haystacks.add(english.toString());
        haystacks.add(english.create(Till.class).toString());
        haystacks.add(english.create(OnlineCheckout.class).toString());
        inbox.received().forEach(n -> haystacks.add(n.toString() + n.members()));
        outcomes.forEach(System.out::println);
      }
      // The notifications received: their bodies and signatures must not show anywhere either.
      for (Notification notification : sandbox.notifications().all()) {
        bodies.add(notification.body());
        signatures.add(CodePayJson.mapper().readTree(notification.body()).get("sign").asText());
        haystacks.add(notification.toString());
      }
      assertThat(sandbox.notifications().delivered()).hasSizeGreaterThanOrEqualTo(3);

      // Failures: a request the gateway cannot verify, an answer the client cannot verify, nothing listening.
      Till wrongMerchantKey = builder.merchantPrivateKey(SignedAnswers.generate().getPrivate()).build()
          .create(Till.class);
      Till wrongGatewayKey = builder.merchantPrivateKey(privateKey)
          .gatewayPublicKey(SignedAnswers.GATEWAY.getPublic()).build().create(Till.class);
      int closedPort;
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
        closedPort = socket.getLocalPort();
      }
      Till nobody = builder.baseUrl("https://localhost:" + closedPort + "/").build().create(Till.class);
      for (Till failing : List.of(wrongMerchantKey, wrongGatewayKey, nobody)) {
        Throwable thrown = catchThrowable(() -> failing.queryOrder(query));
        assertThat(thrown).isNotNull();
        haystacks.add(describe(thrown));
      }
    }

    // Answers that are not CodePay answers, several of them carrying a gateway signature.
    try (MockWebServer server = new MockWebServer()) {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
      Till mocked = CodePayClient.builder().baseUrl("http://127.0.0.1:" + server.getPort() + "/")
          .allowCleartextLoopback().appId("wz6012822ca2f1as78").merchantNo("302300000926")
          .merchantPrivateKey(privateKey).gatewayPublicKey(SignedAnswers.GATEWAY.getPublic())
          .okHttpClient(recording()).maxResponseBytes(2048).build().create(Till.class);
      String signedSuccess = SignedAnswers.sign(SignedAnswers.envelope("0", "success", "1"), SignedAnswers.GATEWAY);
      String noCode = SignedAnswers.sign(CodePayJson.mapper().createObjectNode().put("psn", "2"),
          SignedAnswers.GATEWAY);
      String signFirst = "{\"sign\":\"" + Base64.getEncoder().encodeToString(new byte[256])
          + "\",\"code\":\"0\",\"padding\":\"" + "p".repeat(4000) + "\"}";
      List<MockResponse> answers = List.of(
          new MockResponse().setResponseCode(500).setBody(signedSuccess),
          new MockResponse().setBody(noCode),
          new MockResponse().setBody(signFirst),
          new MockResponse().setBody(signedSuccess.substring(0, signedSuccess.length() - 20)),
          new MockResponse().setResponseCode(502).setBody("<html>bad gateway</html>"));
      for (MockResponse answer : answers) {
        server.enqueue(answer);
        Throwable thrown = catchThrowable(() -> mocked.queryOrder(query));
        assertThat(thrown).isNotNull();
        haystacks.add(describe(thrown));
      }
      signatures.add(Base64.getEncoder().encodeToString(new byte[256]));
    }

    // Models: @Sensitive properties are masked.
    CardCheck card = ImmutableCardCheck.builder().cardNumber("4111111111111111").cvv("737").last4("1111").build();
    assertThat(card.toString()).contains("****").contains("1111").doesNotContain("4111111111111111", "737");
    Throwable tooLong = catchThrowable(() -> ImmutableCardCheck.builder().cardNumber("41111111111111112222")
        .last4("2222").build());
    assertThat(tooLong.getMessage()).doesNotContain("41111111111111112222");
    haystacks.add(card.toString());
    haystacks.add(describe(tooLong));

    synchronized (console) {
      haystacks.add(console.toString(StandardCharsets.UTF_8));
    }
    synchronized (capture) {
      haystacks.add(logs.toString());
    }

    // The capture works: the runtime's DEBUG lines, with their psns, are there.
    assertThat(logs).contains("answered HTTP 200, code 0, psn");
    assertThat(signatures).hasSizeGreaterThan(20);
    assertThat(bodies).hasSizeGreaterThan(20);

    Set<String> needles = new LinkedHashSet<>();
    for (String pem : List.of(pkcs8Pem, pkcs1Pem)) {
      needles.add(pem.strip());
      String base64 = pem.lines().filter(l -> !l.startsWith("-----")).reduce("", String::concat);
      needles.add(base64);
      for (int i = 0; i + 48 <= base64.length(); i += 24) {
        needles.add(base64.substring(i, i + 48));
      }
    }
    needles.add(Base64.getEncoder().encodeToString(privateKey.getEncoded()));
    RSAPrivateKey rsa = (RSAPrivateKey) privateKey;
    needles.add(rsa.getPrivateExponent().toString());
    needles.add(rsa.getPrivateExponent().toString(16));
    needles.addAll(signatures);
    needles.addAll(Tour.CARD_NEEDLES);
    bodies.stream().filter(b -> b.length() > 0).forEach(needles::add);
    for (String sign : signatures) {
      needles.add(sign.substring(0, 48));
      needles.add(sign.substring(sign.length() / 2 - 24, sign.length() / 2 + 24));
      needles.add(sign.substring(sign.length() - 48));
    }

    List<String> leaks = new ArrayList<>();
    for (String haystack : haystacks) {
      for (String needle : needles) {
        if (haystack.contains(needle)) {
          leaks.add(abbreviate(needle) + "  in  " + abbreviate(haystack));
        }
      }
    }
    LoadTest.record(String.format("secrets: %d texts searched (%d characters of log from %s; %d of console) for %d"
            + " needles (%d signatures, %d bodies, key forms and slices); leaks %d",
        haystacks.size(), logs.length(), loggersHeard, console.size(), needles.size(), signatures.size(),
        bodies.size(), leaks.size()));
    assertThat(leaks).isEmpty();
  }

  private static String abbreviate(String text) {
    String flat = text.replace('\n', ' ');
    return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…";
  }
}
