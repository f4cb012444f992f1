package org.codepaygen.spring.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.notification.NotificationListener;
import org.codepaygen.runtime.notification.VerifiedNotification;
import org.codepaygen.sandbox.CodePaySandbox;
import org.codepaygen.sandbox.notify.Notification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A whole Spring Boot web application on a random port, configured only by properties: its injected generated
 * client pays against the local sandbox, the call shows in Micrometer, and the sandbox's notification of the
 * payment arrives, verified, at the application's listener through the endpoint, once even when sent again.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "codepay.notifications.path=" + ShopApplicationTest.PATH)
class ShopApplicationTest {
  static final String PATH = "/codepay/notifications";
  private static final CodePaySandbox SANDBOX = ShopSandbox.start();

  @DynamicPropertySource
  static void codepay(DynamicPropertyRegistry registry) {
    ShopSandbox.properties(SANDBOX).forEach((name, value) -> registry.add(name, () -> value));
  }

  @AfterAll
  static void stopSandbox() {
    SANDBOX.close();
  }

  @Autowired Till till;
  @Autowired MeterRegistry meters;
  @Autowired Payments payments;
  @LocalServerPort int port;

  @Test
  void paysIsTimedAndReceivesTheNotificationOnce() throws Exception {
    String notifyUrl = "http://127.0.0.1:" + port + PATH;
    String transNo = till.pushOrder(ShopSandbox.sale("SHOP-1", notifyUrl)).transNo();

    assertThat(till.queryOrder(ShopSandbox.order("SHOP-1")).transNo()).isEqualTo(transNo);
    assertThat(meters.get("codepay.client.calls")
        .tags("endpoint", "wisehub.cloud.pay.order", "outcome", "success", "code", "0").timer().count())
        .isEqualTo(1);
    assertThat(meters.get("codepay.client.calls").tags("endpoint", "order.query").timer().count()).isEqualTo(1);

    List<Notification> delivered = SANDBOX.notifications().awaitDelivered(1, Duration.ofSeconds(60));
    assertThat(delivered).hasSize(1);
    assertThat(payments.received(transNo)).hasSize(1);
    VerifiedNotification notification = payments.received(transNo).get(0);
    assertThat(notification.as(Transaction.class).merchantOrderNo()).contains("SHOP-1");

    String body = delivered.get(0).body();
    HttpResponse<String> again = post(body, "application/json");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo("success");
    assertThat(payments.received(transNo)).as("a duplicate is not processed twice").hasSize(1);
    assertThat(payments.duplicates).extracting(VerifiedNotification::transNo).containsExactly(transNo);

    HttpResponse<String> forged = post(body.replace("\"SHOP-1\"", "\"SHOP-2\""), "application/json");
    assertThat(forged.statusCode()).isBetween(400, 499);
    assertThat(forged.body()).isNotEqualTo("success");
    assertThat(payments.received(transNo)).hasSize(1);
  }

  /** Spring MVC must leave a form-encoded body to the endpoint rather than parse it as request parameters. */
  @Test
  void formEncodedNotificationsArriveToo() throws Exception {
    HttpResponse<String> answer =
        post(Fixtures.text(Fixtures.NOTIFICATION_SALE_FORM).strip(), "application/x-www-form-urlencoded");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("success");
    assertThat(payments.received("26112606580300000001")).singleElement()
        .satisfies(notification -> assertThat(notification.member("description")).contains("Café & croissant"));
  }

  private HttpResponse<String> post(String body, String contentType) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PATH))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The application's listener: records what it is told. */
  static final class Payments implements NotificationListener {
    final List<VerifiedNotification> received = new CopyOnWriteArrayList<>();
    final List<VerifiedNotification> duplicates = new CopyOnWriteArrayList<>();

    List<VerifiedNotification> received(String transNo) {
      return received.stream().filter(notification -> notification.transNo().equals(transNo)).toList();
    }

    @Override
    public void onNotification(VerifiedNotification notification) {
      received.add(notification);
    }

    @Override
    public void onDuplicate(VerifiedNotification notification) {
      duplicates.add(notification);
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Listening {
    @Bean
    Payments payments() {
      return new Payments();
    }
  }
}
