package org.codepaygen.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.codepaygen.api.ImmutableOrderQuery;
import org.codepaygen.api.PayScenario;
import org.codepaygen.api.TransType;
import org.codepaygen.api.Transaction;
import org.codepaygen.api.cloud.ImmutableCreateOrder;
import org.codepaygen.api.cloud.OrderPushed;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.error.GatewayErrorException;
import org.codepaygen.sandbox.CodePaySandbox;
import org.junit.jupiter.api.Test;

/**
 * N threads × M {@code createOrder} calls through one shared generated client against the sandbox, every
 * {@value #SHARED_EVERY}th call racing all threads for a shared order number; then every order is queried and the
 * sandbox's state reconciled with what the callers saw. {@code -Dcodepay.load.threads=16 -Dcodepay.load.calls=500}
 * raises it; the figures go to {@code target/reliability-figures.txt}.
 */
class LoadTest {
  private static final int THREADS = Integer.getInteger("codepay.load.threads", 16);
  private static final int CALLS = Integer.getInteger("codepay.load.calls", 250);
  private static final int SHARED_EVERY = 10;

  /** What one caller saw for one order number. */
  private record Seen(String merchantOrderNo, int thread, BigDecimal amount, String transNo, String refusal) {}

  private static CreateOrderFactory sales() {
    return (orderNo, amount) -> ImmutableCreateOrder.builder().terminalSn("LOAD0001")
        .messageReceivingApplication("CodePay Register").payScenario(PayScenario.SWIPE_CARD)
        .merchantOrderNo(orderNo).priceCurrency("USD").orderAmount(amount).transType(TransType.SALE).build();
  }

  private interface CreateOrderFactory {
    ImmutableCreateOrder sale(String orderNo, BigDecimal amount);
  }

  private static CodePaySandbox.Builder sandbox() {
    return CodePaySandbox.builder().merchantPublicKey(SignedAnswers.merchantPublicKey())
        .notificationDelay(Duration.ofMillis(20));
  }

  private static CodePayClient client(CodePaySandbox sandbox, Set<String> psns, AtomicInteger answers) {
    OkHttpClient pooled = new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(THREADS * 2, 1, TimeUnit.MINUTES)).build();
    return CodePayClient.builder()
        .baseUrl(sandbox.baseUrl()).appId(sandbox.appId()).merchantNo(sandbox.merchantNo())
        .merchantPrivateKey(SignedAnswers.merchantPrivateKey()).gatewayPublicKey(sandbox.gatewayPublicKey())
        .trustCertificatePem(sandbox.certificatePem()).okHttpClient(pooled)
        .answerListener((endpoint, status, code, psn, requestId) -> {
          answers.incrementAndGet();
          psns.add(psn);
        })
        .build();
  }

  @Test
  void concurrentCallersLoseAndDuplicateNothing() throws Exception {
    int total = THREADS * CALLS;
    try (CodePaySandbox sandbox = sandbox().maxOrders(total + 1_000).start()) {
      Set<String> psns = ConcurrentHashMap.newKeySet();
      AtomicInteger answers = new AtomicInteger();
      ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      long started = System.nanoTime();
      try (CodePayClient client = client(sandbox, psns, answers)) {
        Till till = client.create(Till.class);
        CreateOrderFactory sales = sales();
        List<Callable<Void>> callers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          callers.add(() -> {
            for (int i = 0; i < CALLS; i++) {
              boolean shared = i % SHARED_EVERY == 0;
              String orderNo = shared ? "LS-" + i : "L" + thread + "-" + i;
              // Distinct amounts per thread tell which caller won a shared number.
              BigDecimal amount = new BigDecimal((thread + 1) + "." + String.format("%02d", i % 90));
              try {
                OrderPushed pushed = till.createOrder(sales.sale(orderNo, amount));
                seen.add(new Seen(orderNo, thread, amount, pushed.transNo(), null));
              } catch (GatewayErrorException e) {
                seen.add(new Seen(orderNo, thread, amount, null, e.code()));
              } catch (RuntimeException e) {
                unexpected.add(e);
              }
            }
            return null;
          });
        }
        for (Future<Void> caller : pool.invokeAll(callers)) {
          caller.get();
        }
        long createdAt = System.nanoTime();

        // Reconcile: query every order number, in parallel, through the same client.
        Map<String, List<Seen>> byOrder = new HashMap<>();
        seen.forEach(s -> byOrder.computeIfAbsent(s.merchantOrderNo(), k -> new ArrayList<>()).add(s));
        Map<String, Transaction> stored = new ConcurrentHashMap<>();
        List<Callable<Void>> queries = new ArrayList<>();
        for (String orderNo : byOrder.keySet()) {
          queries.add(() -> {
            stored.put(orderNo,
                till.queryOrder(ImmutableOrderQuery.builder().merchantOrderNo(orderNo).build()));
            return null;
          });
        }
        for (Future<Void> query : pool.invokeAll(queries)) {
          query.get();
        }
        long reconciledAt = System.nanoTime();
        pool.shutdown();

        int lost = 0;
        int duplicates = 0;
        int refusedAsDuplicate = 0;
        Set<String> transNos = new java.util.HashSet<>();
        for (Map.Entry<String, List<Seen>> order : byOrder.entrySet()) {
          List<Seen> winners = order.getValue().stream().filter(s -> s.transNo() != null).toList();
          refusedAsDuplicate += (int) order.getValue().stream().filter(s -> "E09001".equals(s.refusal())).count();
          assertThat(order.getValue()).as(order.getKey())
              .allSatisfy(s -> assertThat(s.transNo() != null || "E09001".equals(s.refusal())).isTrue());
          if (winners.size() != 1) {
            duplicates += Math.max(0, winners.size() - 1);
            lost += winners.isEmpty() ? 1 : 0;
            continue;
          }
          Seen winner = winners.get(0);
          Transaction transaction = stored.get(order.getKey());
          if (transaction == null || !transaction.transNo().equals(winner.transNo())
              || transaction.orderAmount().map(a -> a.compareTo(winner.amount()) != 0).orElse(true)) {
            lost++;
          }
          if (!transNos.add(winner.transNo())) {
            duplicates++;
          }
        }
        int shared = (CALLS + SHARED_EVERY - 1) / SHARED_EVERY;
        int requests = total + byOrder.size();
        String figures = String.format(
            "load: %d threads x %d createOrder calls = %d requests (+%d queries = %d requests); %d orders "
                + "(%d raced by all threads), %d created, %d refused E09001, lost %d, duplicates %d, "
                + "unexpected exceptions %d, distinct psns %d of %d answers; create %.1f s (%.0f calls/s), "
                + "reconcile %.1f s",
            THREADS, CALLS, total, byOrder.size(), requests, byOrder.size(), shared, transNos.size(),
            refusedAsDuplicate, lost, duplicates, unexpected.size(), psns.size(), answers.get(),
            (createdAt - started) / 1e9, total / ((createdAt - started) / 1e9), (reconciledAt - createdAt) / 1e9);
        System.out.println(figures);
        record(figures);

        assertThat(unexpected).isEmpty();
        assertThat(seen).hasSize(total);
        assertThat(byOrder).hasSize(THREADS * (CALLS - shared) + shared);
        assertThat(lost).isZero();
        assertThat(duplicates).isZero();
        assertThat(transNos).hasSize(byOrder.size());
        assertThat(refusedAsDuplicate).isEqualTo(shared * (THREADS - 1));
        assertThat(answers.get()).isEqualTo(requests);
        assertThat(psns).hasSize(requests);
      }
    }
  }

  @Test
  void sandboxForgetsTheOldestOrdersBeyondItsLimit() {
    int limit = 100;
    int created = 3 * limit;
    try (CodePaySandbox sandbox = sandbox().maxOrders(limit).start();
        CodePayClient client = client(sandbox, ConcurrentHashMap.newKeySet(), new AtomicInteger())) {
      Till till = client.create(Till.class);
      CreateOrderFactory sales = sales();
      for (int i = 0; i < created; i++) {
        till.createOrder(sales.sale("E-" + i, new BigDecimal("1.00")));
      }

      int found = 0;
      for (int i = 0; i < created; i++) {
        var query = ImmutableOrderQuery.builder().merchantOrderNo("E-" + i).build();
        if (i < created - limit) {
          assertThatThrownBy(() -> till.queryOrder(query)).as("E-" + i)
              .isInstanceOfSatisfying(GatewayErrorException.class, e -> assertThat(e.code()).isEqualTo("E09002"));
        } else {
          assertThat(till.queryOrder(query).merchantOrderNo()).contains("E-" + i);
          found++;
        }
      }
      assertThat(found).isEqualTo(limit);
      record(String.format("eviction: maxOrders %d, %d orders created, oldest %d forgotten, newest %d kept",
          limit, created, created - limit, found));
    }
  }

  static void record(String line) {
    try {
      Path figures = Path.of("target", "reliability-figures.txt");
      Files.createDirectories(figures.getParent());
      Files.writeString(figures, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
