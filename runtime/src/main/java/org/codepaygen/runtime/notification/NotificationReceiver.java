package org.codepaygen.runtime.notification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Objects;
import org.codepaygen.runtime.error.NotificationException;

/**
 * Receives the gateway's notifications, independent of any web API: give it the request's body, length and
 * {@code Content-Type}, send back the {@link NotificationAnswer} it returns. Each notification is read and verified
 * by a {@link NotificationReader}, claimed in a {@link NotificationStore}, and handed to the
 * {@link NotificationListener} only if nobody processed it before; {@code success} is answered only after the
 * listener returned. Forged and malformed bodies get an error status and never reach the listener; a repeated
 * delivery is acknowledged without reaching it twice. Thread-safe.
 *
 * <pre>{@code
 * NotificationReceiver receiver = NotificationReceiver.builder(gatewayPublicKey, notification -> {
 *       Transaction paid = notification.as(Transaction.class);
 *       orders.recordOutcome(paid);              // quick: the gateway waits 5 s for the answer
 *     })
 *     .store(new JdbcNotificationStore(dataSource))   // when several servers share the notify_url
 *     .build();
 * }</pre>
 *
 * For the JDK's {@code com.sun.net.httpserver}, wrap it in a
 * {@link org.codepaygen.runtime.notification.httpserver.NotificationHttpHandler}.
 */
public final class NotificationReceiver {
  private static final System.Logger LOG = System.getLogger("org.codepaygen.runtime.notification");

  private final NotificationReader reader;
  private final NotificationStore store;
  private final NotificationListener listener;
  private final Duration slowAfter;

  private NotificationReceiver(Builder builder) {
    this.reader = new NotificationReader(builder.gatewayPublicKey, builder.maxBodyBytes);
    this.store = builder.store != null ? builder.store : new InMemoryNotificationStore();
    this.listener = builder.listener;
    this.slowAfter = builder.slowAfter;
  }

  /** A receiver that verifies with {@code gatewayPublicKey} and hands notifications to {@code listener}. */
  public static Builder builder(PublicKey gatewayPublicKey, NotificationListener listener) {
    return new Builder(gatewayPublicKey, listener);
  }

  /**
   * Receives one POSTed notification, reading at most the size limit from {@code body}.
   *
   * @param declaredLength the request's {@code Content-Length}, or -1 when it has none
   * @param contentType the request's {@code Content-Type}, or {@code null}
   */
  public NotificationAnswer receive(InputStream body, long declaredLength, String contentType) {
    long start = System.nanoTime();
    VerifiedNotification notification;
    try {
      notification = reader.read(body, declaredLength, contentType);
    } catch (NotificationException refused) {
      return refuse(refused);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "A notification could not be read to its end: {0}", e.getClass().getSimpleName());
      return NotificationAnswer.refusal(400, "the body could not be read");
    }
    NotificationAnswer answer = process(notification);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    if (took.compareTo(slowAfter) > 0) {
      LOG.log(Level.WARNING, "Notification {0} took {1} ms to process, over the {2} ms budget: the gateway may "
          + "have given up waiting and will send it again (it will be recognised as processed)",
          notification, took.toMillis(), slowAfter.toMillis());
    }
    return answer;
  }

  /** Receives one notification whose whole body is already read. */
  public NotificationAnswer receive(byte[] body, String contentType) {
    return receive(new ByteArrayInputStream(body), body.length, contentType);
  }

  private NotificationAnswer process(VerifiedNotification notification) {
    String key = notification.deliveryKey();
    NotificationStore.Claim claim;
    try {
      claim = store.claim(key);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "The notification store failed; " + notification + " is refused for now", e);
      return NotificationAnswer.refusal(503, "not processed now; send it again later");
    }
    switch (claim) {
      case ALREADY_PROCESSED -> {
        LOG.log(Level.DEBUG, "{0} was processed before: acknowledged again", notification);
        tellDuplicate(notification);
        return NotificationAnswer.SUCCESS;
      }
      case IN_PROGRESS -> {
        LOG.log(Level.DEBUG, "{0} is being processed by another delivery", notification);
        return NotificationAnswer.refusal(503, "being processed; send it again later");
      }
      default -> {
        return handOver(notification, key);
      }
    }
  }

  private NotificationAnswer handOver(VerifiedNotification notification, String key) {
    boolean processed = false;
    try {
      listener.onNotification(notification);
      processed = true;
    } catch (Exception e) {
      LOG.log(Level.WARNING, "The application refused " + notification + "; the gateway will send it again", e);
      return NotificationAnswer.refusal(500, "not processed; send it again later");
    } finally {
      if (!processed) {
        releaseQuietly(key);
      }
    }
    try {
      store.complete(key);
    } catch (RuntimeException e) {
      // Processed but not recorded: the next delivery may be processed again, so the application is told twice.
      LOG.log(Level.ERROR, "The notification store could not record " + notification + " as processed", e);
    }
    LOG.log(Level.DEBUG, "{0} processed", notification);
    return NotificationAnswer.SUCCESS;
  }

  private void tellDuplicate(VerifiedNotification notification) {
    try {
      listener.onDuplicate(notification);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A NotificationListener failed on a duplicate; it is acknowledged anyway", e);
    }
  }

  private void releaseQuietly(String key) {
    try {
      store.release(key);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "The notification store could not release a failed delivery", e);
    }
  }

  private static NotificationAnswer refuse(NotificationException refused) {
    LOG.log(Level.WARNING, refused.getMessage());
    return NotificationAnswer.refusal(refused.httpStatus(), refused.getMessage());
  }

  @Override
  public String toString() {
    return "NotificationReceiver[" + reader + ", " + store + "]";
  }

  /** Settings of a receiver; all but the key and the listener have defaults. */
  public static final class Builder {
    private final PublicKey gatewayPublicKey;
    private final NotificationListener listener;
    private NotificationStore store;
    private int maxBodyBytes = NotificationReader.DEFAULT_MAX_BODY_BYTES;
    private Duration slowAfter = Duration.ofSeconds(4);

    private Builder(PublicKey gatewayPublicKey, NotificationListener listener) {
      this.gatewayPublicKey = Objects.requireNonNull(gatewayPublicKey, "gatewayPublicKey");
      this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Where processed deliveries are remembered; default a new {@link InMemoryNotificationStore}. */
    public Builder store(NotificationStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** The largest body read; default {@value NotificationReader#DEFAULT_MAX_BODY_BYTES} bytes. */
    public Builder maxBodyBytes(int maxBodyBytes) {
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * Beyond this, a notification's processing is logged as too slow; default 4 s, leaving one of the gateway's
     * 5 seconds for the network.
     */
    public Builder slowAfter(Duration slowAfter) {
      this.slowAfter = Objects.requireNonNull(slowAfter, "slowAfter");
      return this;
    }

    /** A receiver with these settings; each one built without a store gets a new in-memory store. */
    public NotificationReceiver build() {
      return new NotificationReceiver(this);
    }
  }
}
