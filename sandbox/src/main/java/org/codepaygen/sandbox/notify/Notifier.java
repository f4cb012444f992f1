package org.codepaygen.sandbox.notify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends notifications to loopback notify_urls and sends them again on the {@link RetrySchedule} until one is
 * answered with the body {@code success}. Keeps the newest {@code maxKept} for inspection. Thread-safe.
 */
public final class Notifier implements Notifications, AutoCloseable {
  /** The protocol asks receivers to answer within 5 seconds. */
  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);
  private static final String ACKNOWLEDGEMENT = "success";

  private final RetrySchedule schedule;
  private final NotificationEncoding encoding;
  private final int maxKept;
  private final HttpClient client;
  private final ScheduledThreadPoolExecutor executor;
  private final AtomicLong ids = new AtomicLong();
  private final LinkedHashMap<Long, Notification> kept = new LinkedHashMap<>();

  /**
   * Writes bodies with {@code encoding}. Calls to https notify_urls trust what the JVM's default trust store
   * trusts, nothing more.
   */
  public Notifier(RetrySchedule schedule, NotificationEncoding encoding, int maxKept) {
    this.schedule = schedule;
    this.encoding = encoding;
    this.maxKept = maxKept;
    this.client = HttpClient.newBuilder()
        .connectTimeout(ANSWER_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    this.executor = new ScheduledThreadPoolExecutor(2, runnable -> {
      Thread thread = new Thread(runnable, "codepay-sandbox-notifier");
      thread.setDaemon(true);
      return thread;
    });
    executor.setRemoveOnCancelPolicy(true);
  }

  /**
   * Sends the {@code signed} members to {@code notifyUrl} now and again on the schedule until acknowledged;
   * {@code requestId} is the {@code Http-Request-Psn} of the request that created the transaction.
   */
  public void send(String notifyUrl, String transNo, String requestId, ObjectNode signed) {
    if (!LoopbackUrls.isAllowed(notifyUrl)) {
      // The gateway refuses such URLs already; this guards against any other path reaching here.
      throw new IllegalArgumentException("Only loopback notify_urls are called");
    }
    Notification created = new Notification(ids.incrementAndGet(), notifyUrl, transNo, requestId,
        encoding.encode(signed),
        encoding.contentType(), Notification.State.PENDING, 0, "not sent yet");
    synchronized (kept) {
      kept.put(created.id(), created);
      Iterator<Long> oldest = kept.keySet().iterator();
      while (kept.size() > maxKept) {
        oldest.next();
        oldest.remove();
      }
    }
    executor.execute(() -> attempt(created.id()));
  }

  private void attempt(long id) {
    Notification current;
    synchronized (kept) {
      current = kept.get(id);
    }
    if (current == null) {
      return;
    }
    String result = deliver(current);
    int tries = current.tries() + 1;
    boolean acknowledged = result.equals(acknowledgedResult());
    Optional<Duration> wait = acknowledged ? Optional.empty() : schedule.waitAfter(tries);
    Notification.State state = acknowledged
        ? Notification.State.DELIVERED
        : wait.isPresent() ? Notification.State.PENDING : Notification.State.ABANDONED;
    synchronized (kept) {
      kept.computeIfPresent(id, (key, old) -> old.after(state, tries, result));
      kept.notifyAll();
    }
    wait.ifPresent(delay -> {
      if (!executor.isShutdown()) {
        executor.schedule(() -> attempt(id), delay.toNanos(), TimeUnit.NANOSECONDS);
      }
    });
  }

  private String deliver(Notification notification) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(notification.notifyUrl()))
        .timeout(ANSWER_TIMEOUT)
        .header("Content-Type", notification.contentType())
        .POST(HttpRequest.BodyPublishers.ofString(notification.body(), StandardCharsets.UTF_8))
        .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      boolean ok = response.statusCode() / 100 == 2 && response.body().strip().equals(ACKNOWLEDGEMENT);
      return ok ? acknowledgedResult() : "HTTP " + response.statusCode() + " without \"success\"";
    } catch (IOException e) {
      return "not delivered: " + e.getClass().getSimpleName();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  private static String acknowledgedResult() {
    return "HTTP 2xx \"success\"";
  }

  @Override
  public void redeliver(long id) {
    Notification delivered;
    synchronized (kept) {
      delivered = kept.get(id);
    }
    if (delivered == null || delivered.state() != Notification.State.DELIVERED) {
      throw new IllegalArgumentException("No delivered notification has the id " + id);
    }
    executor.execute(() -> {
      String result = deliver(delivered);
      synchronized (kept) {
        kept.computeIfPresent(id, (key, old) -> old.after(old.state(), old.tries() + 1, result));
        kept.notifyAll();
      }
    });
  }

  @Override
  public List<Notification> all() {
    synchronized (kept) {
      return List.copyOf(kept.values());
    }
  }

  @Override
  public List<Notification> delivered() {
    return inState(Notification.State.DELIVERED);
  }

  @Override
  public List<Notification> pending() {
    return inState(Notification.State.PENDING);
  }

  @Override
  public List<Notification> awaitDelivered(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (kept) {
      List<Notification> delivered = inState(Notification.State.DELIVERED);
      while (delivered.size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        TimeUnit.NANOSECONDS.timedWait(kept, left);
        delivered = inState(Notification.State.DELIVERED);
      }
      return delivered;
    }
  }

  private List<Notification> inState(Notification.State state) {
    synchronized (kept) {
      List<Notification> matching = new ArrayList<>();
      for (Notification notification : kept.values()) {
        if (notification.state() == state) {
          matching.add(notification);
        }
      }
      return matching;
    }
  }

  /** Stops sending; pending notifications stay pending. */
  @Override
  public void close() {
    executor.shutdownNow();
  }
}
