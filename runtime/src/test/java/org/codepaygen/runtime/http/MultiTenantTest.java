package org.codepaygen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.TestGateway;
import org.codepaygen.runtime.json.WireMembers;
import org.codepaygen.runtime.keys.CodePayKeys;
import org.codepaygen.runtime.signing.CanonicalForm;
import org.codepaygen.runtime.signing.SignatureVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The per-tenant pattern of the runtime's README: one {@link CodePayClient} per merchant configuration, all on the
 * shared transport, called from many threads at once. The server checks every request against the merchant its
 * {@code app_id} names (that merchant's public key, its {@code merchant_no}) and echoes what it received; each caller
 * checks that its answer is the one to its own request.
 */
class MultiTenantTest {
  private static final int THREADS = 16;
  private static final int CALLS_PER_THREAD = 20;

  private final MockWebServer server = new MockWebServer();
  private final List<Tenant> tenants = tenants();
  private final List<CodePayClient> clients = new ArrayList<>();
  private final Queue<String> crossTalk = new ConcurrentLinkedQueue<>();

  private record Tenant(String appId, String merchantNo, PrivateKey privateKey, SignatureVerifier verifier) {}

  @AfterEach
  void stop() throws IOException {
    clients.forEach(CodePayClient::close);
    server.shutdown();
  }

  @Test
  void fiftyMerchantsCalledFromSixteenThreadsNeverCrossTalk() throws Exception {
    server.setDispatcher(new CheckingGateway());
    NoDelayServerSockets.use(server);
    server.start();
    List<TestService> services = new ArrayList<>();
    for (Tenant tenant : tenants) {
      CodePayClient client = CodePayClient.builder()
          .baseUrl(server.url("/").toString())
          .allowCleartextLoopback()
          .appId(tenant.appId())
          .merchantNo(tenant.merchantNo())
          .merchantPrivateKey(tenant.privateKey())
          .gatewayPublicKey(TestGateway.keys().getPublic())
          .timeout(Duration.ofSeconds(10))
          .build();
      clients.add(client);
      services.add(client.service(TestService.class));
    }
    AtomicInteger answered = new AtomicInteger();

    ExecutorService callers = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      done.add(callers.submit(() -> {
        for (int call = 0; call < CALLS_PER_THREAD; call++) {
          int index = ThreadLocalRandom.current().nextInt(tenants.size());
          String orderNo = "T" + thread + "-" + call + "-" + index;
          Map<String, Object> query = Map.of("merchant_order_no", orderNo);
          JsonNode echo = ThreadLocalRandom.current().nextBoolean()
              ? services.get(index).query(query)
              : services.get(index).queryAsync(query).get(10, TimeUnit.SECONDS);
          if (!echo.get("app_id").asText().equals(tenants.get(index).appId())
              || !echo.get("merchant_order_no").asText().equals(orderNo)) {
            crossTalk.add("caller of " + orderNo + " got the answer to " + echo);
          }
          answered.incrementAndGet();
        }
        return null;
      }));
    }
    for (Future<?> future : done) {
      future.get(60, TimeUnit.SECONDS);
    }
    callers.shutdown();

    assertThat(crossTalk).isEmpty();
    assertThat(answered).hasValue(THREADS * CALLS_PER_THREAD);
    assertThat(server.getRequestCount()).isEqualTo(THREADS * CALLS_PER_THREAD);
  }

  /** Accepts a request only when its app_id names a tenant whose key signed it and whose merchant_no it carries. */
  private final class CheckingGateway extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      try {
        WireMembers sent = WireMembers.parse(request.getBody().readByteArray());
        Map<String, String> texts = sent.wireTexts();
        Tenant tenant = tenants.stream().filter(t -> t.appId().equals(texts.get("app_id"))).findFirst().orElse(null);
        if (tenant == null) {
          crossTalk.add("unknown app_id " + texts.get("app_id"));
        } else if (!tenant.verifier().verify(CanonicalForm.of(texts), texts.get("sign"))) {
          crossTalk.add(texts.get("merchant_order_no") + " is not signed by the key of " + tenant.appId());
        } else if (!tenant.merchantNo().equals(texts.get("merchant_no"))) {
          crossTalk.add(texts.get("merchant_order_no") + " carries merchant_no " + texts.get("merchant_no"));
        }
        return new MockResponse().setBody(TestGateway.success("1", Map.of(
            "app_id", texts.get("app_id"), "merchant_order_no", texts.get("merchant_order_no"))));
      } catch (IOException e) {
        crossTalk.add("unreadable request: " + e);
        return new MockResponse().setResponseCode(400);
      }
    }
  }

  /** Fifty merchant configurations, each with its own key from the test fixtures. */
  private static List<Tenant> tenants() {
    String[] pems = Fixtures.text(Fixtures.TENANT_PRIVATE_KEYS).split("(?<=-----END PRIVATE KEY-----)\\s*");
    List<Tenant> tenants = new ArrayList<>();
    for (int i = 0; i < pems.length; i++) {
      PrivateKey key = CodePayKeys.privateKey(pems[i]);
      tenants.add(new Tenant(String.format("app-tenant-%02d", i), String.format("3023000009%02d", i), key,
          new SignatureVerifier(publicKeyOf((RSAPrivateCrtKey) key))));
    }
    assertThat(tenants).hasSize(50);
    return tenants;
  }

  private static PublicKey publicKeyOf(RSAPrivateCrtKey key) {
    try {
      return KeyFactory.getInstance("RSA")
          .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
