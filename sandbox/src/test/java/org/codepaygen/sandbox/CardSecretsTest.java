package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.codepaygen.sandbox.SandboxClient.Answer;
import org.codepaygen.sandbox.notify.Notification;
import org.junit.jupiter.api.Test;

/**
 * With every logger at ALL and the standard streams captured, no PAN, CVV, expiry or holder of a merchant
 * checkout appears in any output: logs, answers, pages or notifications, for paid, declined and refused cards.
 */
class CardSecretsTest {
  private static final String HOLDER = "Grace Hopper";
  private static final String CVV = "9318";
  private static final String EXPIRY = "1149";

  private static String card(String pan) {
    return "{\"card_type\":\"CREDIT\",\"pan\":\"" + pan + "\",\"expiry\":\"" + EXPIRY + "\",\"cvv\":\"" + CVV
        + "\",\"holder\":\"" + HOLDER + "\"}";
  }

  @Test
  void noCardDataReachesAnyOutput() throws Exception {
    List<String> outputs = new ArrayList<>();
    StringBuilder logged = new StringBuilder();
    Logger root = Logger.getLogger("");
    Level rootLevel = root.getLevel();
    Handler capture = new Handler() {
      private final SimpleFormatter format = new SimpleFormatter();

      @Override
      public synchronized void publish(LogRecord record) {
        logged.append(format.format(record));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    capture.setLevel(Level.ALL);
    root.setLevel(Level.ALL);
    root.addHandler(capture);
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream streams = new ByteArrayOutputStream();
    PrintStream tee = new PrintStream(streams, true, StandardCharsets.UTF_8);
    System.setOut(tee);
    System.setErr(tee);
    try (LoopbackReceiver receiver = new LoopbackReceiver();
        CodePaySandbox sandbox = CodePaySandbox.builder().merchantPublicKey(TestKeys.merchantPublicKey())
            .gatewayPrivateKey(TestCards.gatewayPrivateKey()).appAesKey(TestCards.AES_KEY)
            .notificationDelay(Duration.ZERO).start()) {
      System.getLogger(CardSecretsTest.class.getName()).log(System.Logger.Level.TRACE, "capture works");
      SandboxClient client = new SandboxClient(sandbox, Clock.systemUTC());
      for (String pan : List.of(TestCards.SUCCEEDS, TestCards.DECLINED, TestCards.CHALLENGE, "4242424242424241")) {
        Map<String, Object> fields = MerchantCheckoutTest.checkout(
            "K" + System.nanoTime(), "34.50", "RSA", TestCards.rsa(card(pan)));
        fields.put("notify_url", receiver.url());
        Answer answer = client.call("pay.merchant.checkout", fields);
        outputs.add(answer.raw());
        if (answer.data() != null && answer.data().has("redirect_url_3dsecure")) {
          String challenge = answer.data().get("redirect_url_3dsecure").textValue();
          outputs.add(client.open(challenge).body());
          outputs.add(client.choose(challenge, "pay").body());
        }
      }
      outputs.add(client.call("pay.merchant.checkout", MerchantCheckoutTest.checkout(
          "K" + System.nanoTime(), "34.50", "AES", TestCards.aes(card(TestCards.SUCCEEDS), new byte[32]))).raw());
      outputs.add(client.call("pay.merchant.checkout", MerchantCheckoutTest.checkout(
          "K" + System.nanoTime(), "34.50", "RSA", TestCards.rsa(card("4242424242424242") + "}"))).raw());
      List<Notification> notified = sandbox.notifications().awaitDelivered(3, Duration.ofSeconds(10));
      assertThat(notified).hasSize(3);
      notified.forEach(notification -> outputs.add(notification.body()));
      outputs.addAll(receiver.bodies());
    } finally {
      System.setOut(out);
      System.setErr(err);
      root.removeHandler(capture);
      root.setLevel(rootLevel);
    }
    outputs.add(logged.toString());
    outputs.add(streams.toString(StandardCharsets.UTF_8));

    assertThat(logged).as("the capture sees every level").contains("capture works");
    assertThat(outputs).hasSizeGreaterThan(10).allSatisfy(output -> assertThat(output)
        .doesNotContain(TestCards.SUCCEEDS, TestCards.DECLINED, TestCards.CHALLENGE, "4242424242424241", HOLDER,
            "\"" + CVV + "\"", "\"" + EXPIRY + "\"", "\"cvv\"", "\"expiry\"", "\"pan\"", "cvv=", "pan="));
    assertThat(String.join("\n", outputs.subList(outputs.size() - 2, outputs.size())))
        .as("the logs and streams").doesNotContain(CVV, EXPIRY);
  }
}
