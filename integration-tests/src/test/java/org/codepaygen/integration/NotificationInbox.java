package org.codepaygen.integration;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.codepaygen.runtime.notification.NotificationReceiver;
import org.codepaygen.runtime.notification.VerifiedNotification;
import org.codepaygen.runtime.notification.httpserver.NotificationHttpHandler;

/** A loopback notify_url whose verified notifications tests can wait for. */
final class NotificationInbox implements AutoCloseable {
  private final List<VerifiedNotification> received = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  NotificationInbox(PublicKey gatewayPublicKey) throws IOException {
    NotificationReceiver receiver = NotificationReceiver.builder(gatewayPublicKey, received::add).build();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/notify", new NotificationHttpHandler(receiver));
    server.setExecutor(threads);
    server.start();
  }

  String notifyUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/notify";
  }

  /** The verified notification of {@code transNo}, waiting up to {@code wait}; {@code null} if none came. */
  VerifiedNotification await(String transNo, Duration wait) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < deadline) {
      for (VerifiedNotification notification : received) {
        if (notification.transNo().equals(transNo)) {
          return notification;
        }
      }
      TimeUnit.MILLISECONDS.sleep(10);
    }
    return null;
  }

  List<VerifiedNotification> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
