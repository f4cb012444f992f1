package org.codepaygen.spring.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.codepaygen.sandbox.CodePaySandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A whole Spring Boot web application on a random port, configured only by properties: its generated client is
 * injected, pays against the local sandbox, and the call shows in Micrometer.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ShopApplicationTest {
  private static final CodePaySandbox SANDBOX = ShopSandbox.start();

  @DynamicPropertySource
  static void codepay(DynamicPropertyRegistry registry) {
    ShopSandbox.properties(SANDBOX).forEach((name, value) -> registry.add(name, () -> value));
  }

  @AfterAll
  static void stopSandbox() {
    SANDBOX.close();
  }

  @Autowired Till till;
  @Autowired MeterRegistry meters;
  @LocalServerPort int port;

  @Test
  void injectedClientPaysAndIsTimed() {
    assertThat(port).isPositive();
    String transNo = till.pushOrder(ShopSandbox.sale("SHOP-1")).transNo();

    assertThat(till.queryOrder(ShopSandbox.order("SHOP-1")).transNo()).isEqualTo(transNo);
    assertThat(meters.get("codepay.client.calls")
        .tags("endpoint", "wisehub.cloud.pay.order", "outcome", "success", "code", "0").timer().count())
        .isEqualTo(1);
    assertThat(meters.get("codepay.client.calls").tags("endpoint", "order.query").timer().count()).isEqualTo(1);
  }
}
