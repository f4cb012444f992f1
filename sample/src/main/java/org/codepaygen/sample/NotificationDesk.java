package org.codepaygen.sample;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.PublicKey;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.codepaygen.api.Transaction;
import org.codepaygen.runtime.notification.NotificationListener;
import org.codepaygen.runtime.notification.NotificationReceiver;
import org.codepaygen.runtime.notification.VerifiedNotification;
import org.codepaygen.runtime.notification.httpserver.NotificationHttpHandler;

/**
 * The demo's {@code notify_url}: the runtime's notification receiver on the JDK's HTTP server. It prints each
 * verified notification as it arrives and keeps it for the scenario's steps.
 *
 * <p>It listens on plain HTTP on the loopback because only the sandbox in the same JVM calls it. A real
 * {@code notify_url} is a public HTTPS address (an {@code HttpsServer}, or TLS ended by a proxy in front).
 */
final class NotificationDesk implements AutoCloseable, NotificationListener {
  private final HttpServer server;
  private final ExecutorService threads;
  private final Consumer<String> progress;
  private final Consumer<String> redeliver;
  private final Map<String, VerifiedNotification> received = new HashMap<>();
  private final Set<String> duplicates = new HashSet<>();

  private NotificationDesk(PublicKey gatewayPublicKey, Consumer<String> progress, Consumer<String> redeliver)
      throws IOException {
    this.progress = progress;
    this.redeliver = redeliver;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/codepay/notify", new NotificationHttpHandler(
        NotificationReceiver.builder(gatewayPublicKey, this).build()));
    threads = Executors.newFixedThreadPool(2);
    server.setExecutor(threads);
    server.start();
  }

  /**
   * Starts receiving on a free loopback port.
   *
   * @param redeliver asks the gateway to deliver a transaction's notification once more (the sandbox can)
   */
  static NotificationDesk start(PublicKey gatewayPublicKey, Consumer<String> progress, Consumer<String> redeliver)
      throws IOException {
    return new NotificationDesk(gatewayPublicKey, progress, redeliver);
  }

  /** Where the gateway is to POST notifications. */
  String notifyUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/codepay/notify";
  }

  /** Records and prints a verified notification; quick, as the gateway waits at most 5 seconds. */
  @Override
  public void onNotification(VerifiedNotification notification) {
    Transaction transaction = notification.as(Transaction.class);
    progress.accept("  ✉ verified notification: " + transaction.transType() + " " + transaction.transNo() + " is "
        + transaction.transStatus() + ", " + transaction.priceCurrency().orElse("") + " "
        + transaction.transAmount().map(Object::toString).orElse("?")
        + notification.psn().map(psn -> ", psn " + psn).orElse(""));
    synchronized (this) {
      received.put(notification.transNo(), notification);
      notifyAll();
    }
  }

  @Override
  public void onDuplicate(VerifiedNotification notification) {
    progress.accept("  ✉ notification for " + notification.transNo()
        + " delivered again: recognised as a duplicate, acknowledged, not processed twice");
    synchronized (this) {
      duplicates.add(notification.transNo());
      notifyAll();
    }
  }

  /** The verified notification of {@code transNo}, waiting for it up to {@code timeout}; null if none came. */
  synchronized VerifiedNotification await(String transNo, Duration timeout) throws InterruptedException {
    awaitUntil(() -> received.containsKey(transNo), timeout);
    return received.get(transNo);
  }

  /** Asks for {@code transNo}'s notification again; whether the repeat was recognised within {@code timeout}. */
  synchronized boolean redeliveryRecognised(String transNo, Duration timeout) throws InterruptedException {
    redeliver.accept(transNo);
    return awaitUntil(() -> duplicates.contains(transNo), timeout);
  }

  private boolean awaitUntil(BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
    }
    return condition.getAsBoolean();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
