package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Answers on a kept-alive connection come at once. The JDK server writes an answer's headers and body as two
 * segments; without TCP_NODELAY, Nagle holds the body until the client acknowledges the headers, which a client
 * delays by up to 40 ms, so every sequential call took 40 ms or more.
 */
class KeepAliveLatencyTest {
  @Test
  void sequentialCallsOnOneConnectionAreNotHeldByNagle() {
    try (CodePaySandbox sandbox = CodePaySandbox.builder().merchantPublicKey(TestKeys.merchantPublicKey()).start()) {
      SandboxClient client = new SandboxClient(sandbox, Clock.systemUTC());
      long[] millis = new long[30];
      for (int i = -5; i < millis.length; i++) {
        long start = System.nanoTime();
        SandboxClient.Answer answer = client.call("order.query", Map.of("merchant_order_no", "none-" + i));
        assertThat(answer.code()).isEqualTo("E09002");
        if (i >= 0) {
          millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
      }
      Arrays.sort(millis);

      assertThat(millis[millis.length / 2]).as("median milliseconds per call").isLessThan(30);
    }
  }
}
