package org.codepaygen.runtime.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codepaygen.runtime.notification.SignedNotifications.JSON;
import static org.codepaygen.runtime.notification.SignedNotifications.utf8;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The receiver's answers and what reaches the application, independent of any HTTP server. */
class NotificationReceiverTest {
  private final List<VerifiedNotification> handedOver = new CopyOnWriteArrayList<>();
  private final List<VerifiedNotification> duplicates = new CopyOnWriteArrayList<>();
  private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
  private final Logger log = Logger.getLogger("org.codepaygen.runtime.notification");
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
        warnings.add(record);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void listen() {
    log.addHandler(capture);
    log.setUseParentHandlers(false);
  }

  @AfterEach
  void stopListening() {
    log.removeHandler(capture);
    log.setUseParentHandlers(true);
  }

  private interface Callback {
    void accept(VerifiedNotification notification) throws Exception;
  }

  private NotificationReceiver.Builder receiver(Callback callback) {
    return NotificationReceiver.builder(SignedNotifications.gatewayPublicKey(), new NotificationListener() {
      @Override
      public void onNotification(VerifiedNotification notification) throws Exception {
        callback.accept(notification);
        handedOver.add(notification);
      }

      @Override
      public void onDuplicate(VerifiedNotification notification) {
        duplicates.add(notification);
      }
    });
  }

  private static NotificationAnswer receive(NotificationReceiver receiver, String body) {
    return receiver.receive(utf8(body), JSON);
  }

  @Test
  void verifiedNotificationIsHandedOverOnceAndAcknowledged() {
    NotificationReceiver receiver = receiver(n -> {}).build();

    NotificationAnswer first = receive(receiver, SignedNotifications.saleJson());
    NotificationAnswer again = receive(receiver, SignedNotifications.saleJson());
    NotificationAnswer asForm = receiver.receive(utf8(SignedNotifications.saleForm()), SignedNotifications.FORM);

    assertThat(first).isEqualTo(new NotificationAnswer(200, "success"));
    assertThat(first.acknowledges()).isTrue();
    assertThat(again.acknowledges()).isTrue();
    assertThat(asForm.acknowledges()).isTrue();
    assertThat(handedOver).singleElement().extracting(VerifiedNotification::transNo)
        .isEqualTo(SignedNotifications.SALE_TRANS_NO);
    assertThat(duplicates).hasSize(2);
  }

  @Test
  void forgeriesAreRefusedAndNeverHandedOver() {
    NotificationReceiver receiver = receiver(n -> {}).build();
    String sale = SignedNotifications.saleJson();

    assertThat(receive(receiver, SignedNotifications.merchantSignedSale()).status()).isEqualTo(403);
    assertThat(receive(receiver, SignedNotifications.tamperJson(sale, "trans_amount")).status()).isEqualTo(403);
    assertThat(receive(receiver, SignedNotifications.withoutJsonMember(sale, "sign")).status()).isEqualTo(403);
    assertThat(receive(receiver, SignedNotifications.withoutJsonMember(sale, "risk_level")).status())
        .isEqualTo(403);
    assertThat(receive(receiver, "{").status()).isEqualTo(400);

    assertThat(handedOver).isEmpty();
    assertThat(duplicates).isEmpty();
    assertThat(warnings).hasSize(5);
  }

  @Test
  void callbackThatThrowsIsAnsweredWithAnErrorAndTheNextDeliveryIsProcessed() {
    AtomicInteger calls = new AtomicInteger();
    NotificationReceiver receiver = receiver(n -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("the orders database is down");
      }
    }).build();

    NotificationAnswer failed = receive(receiver, SignedNotifications.saleJson());
    NotificationAnswer retried = receive(receiver, SignedNotifications.saleJson());
    NotificationAnswer duplicate = receive(receiver, SignedNotifications.saleJson());

    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.body()).doesNotContain("database");
    assertThat(retried.acknowledges()).isTrue();
    assertThat(duplicate.acknowledges()).isTrue();
    assertThat(calls).hasValue(2);
    assertThat(handedOver).hasSize(1);
    assertThat(duplicates).hasSize(1);
  }

  @Test
  void storeThatFailsRefusesForNowWithoutHandingOver() {
    NotificationStore broken = new NotificationStore() {
      @Override
      public Claim claim(String deliveryKey) {
        throw new IllegalStateException("no connection");
      }

      @Override
      public void complete(String deliveryKey) {}

      @Override
      public void release(String deliveryKey) {}
    };
    NotificationReceiver receiver = receiver(n -> {}).store(broken).build();

    assertThat(receive(receiver, SignedNotifications.saleJson()).status()).isEqualTo(503);
    assertThat(handedOver).isEmpty();
  }

  @Test
  void slowCallbackIsAcknowledgedAndLoggedAndItsRedeliveryRecognised() {
    NotificationReceiver receiver = receiver(n -> Thread.sleep(300)).slowAfter(Duration.ofMillis(100)).build();

    NotificationAnswer slow = receive(receiver, SignedNotifications.saleJson());
    NotificationAnswer redelivered = receive(receiver, SignedNotifications.saleJson());

    assertThat(slow.acknowledges()).isTrue();
    assertThat(redelivered.acknowledges()).isTrue();
    assertThat(handedOver).hasSize(1);
    assertThat(warnings).singleElement().extracting(LogRecord::getMessage).asString()
        .contains("over the {2} ms budget");
  }
}
