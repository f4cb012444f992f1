package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.codepaygen.sandbox.state.NewTransaction;
import org.codepaygen.sandbox.state.OrderBook;
import org.codepaygen.sandbox.state.TransType;
import org.junit.jupiter.api.Test;

/**
 * The order book's memory stays bounded while many threads create far more orders than its limit: a watcher
 * sampling its size never sees more than {@code maxOrders}, and the oldest orders are the ones forgotten.
 */
class OrderBookBoundTest {
  private static final int LIMIT = 1_000;
  private static final int THREADS = 8;
  private static final int PER_THREAD = 2_500;

  private static NewTransaction sale(String orderNo) {
    return new NewTransaction("M1", orderNo, TransType.SALE, "USD", 2, new BigDecimal("1.00"), null, "T1", null,
        "SWIPE_CARD", null, null, null, null, null, null);
  }

  @Test
  void neverHoldsMoreThanItsLimitAndForgetsTheOldest() throws Exception {
    OrderBook book = new OrderBook(LIMIT, Duration.ofMillis(1), Clock.systemUTC(), completed -> {});
    for (int i = 0; i < LIMIT; i++) {
      book.create(sale("first-" + i));
    }
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger largest = new AtomicInteger();
    AtomicInteger samples = new AtomicInteger();
    Thread watcher = new Thread(() -> {
      while (running.get()) {
        largest.accumulateAndGet(book.size(), Math::max);
        samples.incrementAndGet();
      }
    });
    watcher.start();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> creators = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      creators.add(pool.submit(() -> {
        for (int i = 0; i < PER_THREAD; i++) {
          book.create(sale("t" + thread + "-" + i));
          if (i % 100 == 0) {
            book.completeDue();
          }
        }
        return null;
      }));
    }
    for (Future<?> creator : creators) {
      creator.get();
    }
    pool.shutdown();
    running.set(false);
    watcher.join();

    assertThat(largest.get()).isLessThanOrEqualTo(LIMIT);
    assertThat(samples.get()).isPositive();
    assertThat(book.size()).isEqualTo(LIMIT);
    for (int i = 0; i < LIMIT; i++) {
      assertThat(book.find("M1", "first-" + i, null)).as("first-" + i).isEmpty();
    }
    // Then LIMIT newer orders, one after another: exactly they remain, every concurrent one is gone.
    for (int i = 0; i < LIMIT; i++) {
      book.create(sale("last-" + i));
    }
    assertThat(book.size()).isEqualTo(LIMIT);
    for (int i = 0; i < LIMIT; i++) {
      assertThat(book.find("M1", "last-" + i, null)).as("last-" + i).isPresent();
    }
    for (int t = 0; t < THREADS; t++) {
      assertThat(book.find("M1", "t" + t + "-" + (PER_THREAD - 1), null)).isEmpty();
    }
    // A forgotten number can be used again, as the sandbox's README says.
    assertThat(book.create(sale("first-0")).merchantOrderNo()).isEqualTo("first-0");
  }
}
