package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** 8 clients × 200 requests at once: every one answered, every psn unique, every order created exactly once. */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int REQUESTS = 200;

  @Test
  void servesConcurrentClientsConsistently() throws Exception {
    try (CodePaySandbox sandbox = CodePaySandbox.builder().merchantPublicKey(TestKeys.merchantPublicKey())
        .notificationDelay(Duration.ofHours(1)).start()) {
      SandboxClient client = new SandboxClient(sandbox, Clock.systemUTC());
      Set<String> psns = ConcurrentHashMap.newKeySet();
      Set<String> transNos = ConcurrentHashMap.newKeySet();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          int succeeded = 0;
          for (int i = 0; i < REQUESTS; i++) {
            // Every thread also races the others for a shared order number, which only one may win.
            String orderNo = i % 10 == 0 ? "shared-" + i : "t" + thread + "-" + i;
            SandboxClient.Answer answer = client.call("wisehub.cloud.pay.order", Map.of(
                "terminal_sn", "T1", "message_receiving_application", "CodePay Register",
                "pay_scenario", "SWIPE_CARD", "merchant_order_no", orderNo, "price_currency", "USD",
                "order_amount", new BigDecimal("1.00"), "trans_type", 1));
            psns.add(answer.psn());
            if (answer.ok()) {
              transNos.add(answer.data().get("trans_no").textValue());
              succeeded++;
            } else {
              assertThat(answer.code()).isEqualTo("E09001");
            }
          }
          return succeeded;
        }));
      }
      int succeeded = 0;
      for (Future<Integer> result : results) {
        succeeded += result.get();
      }
      pool.shutdown();

      int shared = REQUESTS / 10;
      int own = THREADS * (REQUESTS - shared);
      assertThat(psns).hasSize(THREADS * REQUESTS);
      assertThat(succeeded).isEqualTo(own + shared);
      assertThat(transNos).hasSize(own + shared);
    }
  }
}
