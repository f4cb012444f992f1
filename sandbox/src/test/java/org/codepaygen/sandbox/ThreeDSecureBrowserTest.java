package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The 3-D Secure challenge of a merchant checkout's {@code redirect_url_3dsecure} in headless Chromium: passed,
 * the payment succeeds; failed, it fails; either way the browser goes back to the shop and the shop is notified.
 */
class ThreeDSecureBrowserTest {
  private static OnlineShop shop;
  private static Chromium chromium;
  private static WebDriver browser;

  @BeforeAll
  static void start() {
    shop = new OnlineShop();
    chromium = Chromium.trusting(shop.sandbox.certificatePem());
    browser = chromium.driver();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    shop.close();
  }

  @ParameterizedTest
  @CsvSource({"approve, 2, ", "fail, 1, AUTHENTICATION_FAILED"})
  void theChallengeDecidesThePayment(String button, int status, String errorCode) throws Exception {
    String orderNo = "3ds-" + button + "-" + System.nanoTime() % 1_000_000;
    JsonNode created = shop.created("pay.merchant.checkout", Map.of(
        "merchant_order_no", orderNo, "price_currency", "EUR", "order_amount", new BigDecimal("129.00"),
        "description", "Teapot", "expires", 600, "return_url", shop.returnUrl(orderNo),
        "enc_type", "RSA", "card", TestCards.rsa(TestCards.json(TestCards.CHALLENGE))));
    assertThat(created.path("trans_status").asInt()).isEqualTo(9);

    browser.get(created.path("redirect_url_3dsecure").asText());
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("3-D Secure verification");
    assertThat(browser.findElement(By.id("amount")).getText()).isEqualTo("EUR 129.00");
    assertThat(browser.findElement(By.id("order-no")).getText()).isEqualTo(orderNo);
    assertThat(browser.getPageSource()).doesNotContain(TestCards.CHALLENGE).doesNotContain("3220");
    if (status == 2) {
      chromium.screenshot("three-d-secure");
    }
    browser.findElement(By.id(button)).click();

    chromium.awaitUrl(shop.returnUrl(orderNo));
    JsonNode order = shop.query(orderNo);
    assertThat(order.path("trans_status").asInt()).isEqualTo(status);
    JsonNode notification = shop.notification(created.path("trans_no").asText());
    assertThat(notification.path("trans_status").asInt()).isEqualTo(status);
    if (errorCode != null) {
      assertThat(order.path("trans_error_code").asText()).isEqualTo(errorCode);
      assertThat(notification.path("trans_error_code").asText()).isEqualTo(errorCode);
    }
    browser.get(created.path("redirect_url_3dsecure").asText());
    assertThat(browser.findElements(By.tagName("form"))).as("a challenge is answered once").isEmpty();
  }
}
