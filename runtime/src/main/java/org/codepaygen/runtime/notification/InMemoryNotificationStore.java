package org.codepaygen.runtime.notification;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link NotificationStore} in this JVM's memory, for one server: it keeps the newest {@code maxKeys} keys and
 * forgets the oldest processed ones beyond that. Everything is lost at restart, when a redelivered notification is
 * processed again; applications whose processing is not idempotent by itself use {@link JdbcNotificationStore}.
 */
public final class InMemoryNotificationStore implements NotificationStore {
  /** Enough for the notifications of many hours: the gateway retries one notification for 12 hours at most. */
  public static final int DEFAULT_MAX_KEYS = 100_000;

  private final int maxKeys;
  /** Key to whether it was processed; insertion order is age. */
  private final LinkedHashMap<String, Boolean> processed = new LinkedHashMap<>();

  /** Keeps up to {@value #DEFAULT_MAX_KEYS} keys. */
  public InMemoryNotificationStore() {
    this(DEFAULT_MAX_KEYS);
  }

  /** Keeps up to {@code maxKeys} keys. */
  public InMemoryNotificationStore(int maxKeys) {
    if (maxKeys < 1) {
      throw new IllegalArgumentException("maxKeys must be at least 1, was " + maxKeys);
    }
    this.maxKeys = maxKeys;
  }

  @Override
  public synchronized Claim claim(String deliveryKey) {
    Boolean done = processed.get(deliveryKey);
    if (done != null) {
      return done ? Claim.ALREADY_PROCESSED : Claim.IN_PROGRESS;
    }
    processed.put(deliveryKey, false);
    evictBeyondBound();
    return Claim.CLAIMED;
  }

  @Override
  public synchronized void complete(String deliveryKey) {
    processed.put(deliveryKey, true);
    evictBeyondBound();
  }

  @Override
  public synchronized void release(String deliveryKey) {
    processed.remove(deliveryKey, false);
  }

  /** How many keys are held. */
  public synchronized int size() {
    return processed.size();
  }

  /** Forgets the oldest processed keys first; a claim still being processed goes only when nothing else can. */
  private void evictBeyondBound() {
    Iterator<Map.Entry<String, Boolean>> oldest = processed.entrySet().iterator();
    while (processed.size() > maxKeys && oldest.hasNext()) {
      if (oldest.next().getValue()) {
        oldest.remove();
      }
    }
    Iterator<String> stillOver = processed.keySet().iterator();
    while (processed.size() > maxKeys) {
      stillOver.next();
      stillOver.remove();
    }
  }

  @Override
  public String toString() {
    return "InMemoryNotificationStore[" + size() + " of " + maxKeys + " keys]";
  }
}
