package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;

/**
 * The hosted checkout of a {@code pay_url}, paid in headless Chromium as a customer would: each test card, the
 * decline and abandon buttons, an expired link and a merchant's script in the description. Each test ends with
 * the notification the shop received and the order as {@code order.query} tells it.
 */
class CheckoutBrowserTest {
  private static final AtomicInteger ORDERS = new AtomicInteger();
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

  private static String orderNo() {
    return "web-" + ORDERS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
  }

  @ParameterizedTest
  @CsvSource({
      "4242 4242 4242 4242, 2, ",
      "4000000000000002,    1, CARD_DECLINED",
      "5555-5555-5555-4444, 2, "})
  void payingWithATestCardEndsAsTheCardSays(String card, int status, String errorCode) throws Exception {
    String orderNo = orderNo();
    browser.get(shop.checkout(orderNo, "34.50", Map.of()));
    assertThat(text("amount")).isEqualTo("USD 34.50");
    assertThat(text("order-no")).isEqualTo(orderNo);
    assertThat(text("description")).isEqualTo("Two croissants");
    if (card.startsWith("4242")) {
      chromium.screenshot("checkout");
    }

    enterCard(card, "12/34", "123");
    browser.findElement(By.id("pay")).click();

    assertBackAtTheShop(orderNo);
    JsonNode order = shop.query(orderNo);
    assertThat(order.path("trans_status").asInt()).isEqualTo(status);
    JsonNode notification = shop.notification(order.path("trans_no").asText());
    assertThat(notification.path("trans_status").asInt()).isEqualTo(status);
    assertThat(notification.path("merchant_order_no").asText()).isEqualTo(orderNo);
    if (errorCode != null) {
      assertThat(order.path("trans_error_code").asText()).isEqualTo(errorCode);
    }
  }

  @Test
  void theChallengeCardAsksFor3dSecureAndPaysOncePassed() throws Exception {
    String orderNo = orderNo();
    browser.get(shop.checkout(orderNo, "12.00", Map.of()));
    enterCard("4000 0000 0000 3220", "12/34", "123");
    browser.findElement(By.id("pay")).click();

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("3-D Secure verification");
    assertThat(text("order-no")).isEqualTo(orderNo);
    browser.findElement(By.id("approve")).click();

    assertBackAtTheShop(orderNo);
    JsonNode order = shop.query(orderNo);
    assertThat(order.path("trans_status").asInt()).isEqualTo(2);
    assertThat(shop.notification(order.path("trans_no").asText()).path("trans_status").asInt()).isEqualTo(2);
  }

  @Test
  void aCardThatBreaksARuleBringsTheFormBackAndChargesNothing() {
    String orderNo = orderNo();
    browser.get(shop.checkout(orderNo, "34.50", Map.of()));
    enterCard("4242 4242 4242 4241", "12/34", "123");
    browser.findElement(By.id("pay")).click();

    assertThat(text("card-error")).contains("Luhn");
    assertThat(browser.findElement(By.id("card_number")).getAttribute("value")).isEmpty();
    JsonNode order = shop.query(orderNo);
    assertThat(order.path("trans_status").asInt()).isEqualTo(9);
    assertThat(shop.delivered(order.path("trans_no").asText())).isEmpty();
  }

  @Test
  void theDeclineButtonFailsThePayment() throws Exception {
    String orderNo = orderNo();
    browser.get(shop.checkout(orderNo, "34.50", Map.of()));
    browser.findElement(By.id("decline")).click();

    assertBackAtTheShop(orderNo);
    JsonNode order = shop.query(orderNo);
    assertThat(order.path("trans_status").asInt()).isEqualTo(1);
    assertThat(shop.notification(order.path("trans_no").asText()).path("trans_status").asInt()).isEqualTo(1);
  }

  @Test
  void abandoningLeavesThePaymentWaitingUntilItExpires() throws Exception {
    String orderNo = orderNo();
    String payUrl = shop.checkout(orderNo, "34.50", Map.of("expires", 600));
    browser.get(payUrl);
    browser.findElement(By.id("abandon")).click();

    assertBackAtTheShop(orderNo);
    String transNo = shop.query(orderNo).path("trans_no").asText();
    assertThat(shop.query(orderNo).path("trans_status").asInt()).isEqualTo(9);
    assertThat(shop.delivered(transNo)).isEmpty();
    browser.get(payUrl);
    assertThat(browser.findElement(By.id("pay")).isDisplayed()).as("the customer can come back").isTrue();

    shop.clock.advance(Duration.ofSeconds(601));
    JsonNode notification = shop.notification(transNo);
    assertThat(notification.path("trans_status").asInt()).isEqualTo(1);
    assertThat(notification.path("trans_error_code").asText()).isEqualTo("EXPIRED");
    assertThat(shop.query(orderNo).path("trans_status").asInt()).isEqualTo(1);
  }

  @Test
  void anExpiredLinkSaysSoAndTheShopHearsOfIt() throws Exception {
    String orderNo = orderNo();
    String payUrl = shop.checkout(orderNo, "34.50", Map.of("expires", 60));
    shop.clock.advance(Duration.ofSeconds(61));

    browser.get(payUrl);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This payment link has expired");
    assertThat(browser.findElements(By.tagName("form"))).isEmpty();
    assertThat(shop.client.open(payUrl).statusCode()).isEqualTo(410);
    JsonNode order = shop.query(orderNo);
    assertThat(order.path("trans_status").asInt()).isEqualTo(1);
    assertThat(order.path("trans_error_code").asText()).isEqualTo("EXPIRED");
    assertThat(shop.notification(order.path("trans_no").asText()).path("trans_error_code").asText())
        .isEqualTo("EXPIRED");
  }

  @Test
  void aMerchantsScriptShowsAsTextAndNeverRuns() throws Exception {
    String orderNo = orderNo();
    String script = "<script>alert(1)</script>";
    String item = "<img src=x onerror=alert(2)>";
    browser.get(shop.checkout(orderNo, "34.50", Map.of("description", script, "order_detail",
        "{\"type\":\"GENERAL\",\"data\":{\"items\":[{\"code\":\"c1\",\"name\":\"" + item.replace("\"", "\\\"")
            + "\",\"quantity\":2,\"unit_price\":17.25,\"amount\":34.50}]}}")));

    assertThat(text("description")).isEqualTo(script);
    assertThat(browser.findElement(By.cssSelector("#items td")).getText()).isEqualTo(item);
    assertThat(browser.findElements(By.tagName("script"))).isEmpty();
    assertThat(browser.findElements(By.tagName("img"))).isEmpty();
    assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

    enterCard("4242424242424242", "12/34", "123");
    browser.findElement(By.id("pay")).click();
    assertBackAtTheShop(orderNo);
    JsonNode order = shop.query(orderNo);
    assertThat(order.path("description").asText()).isEqualTo(script);
    assertThat(order.path("trans_status").asInt()).isEqualTo(2);
    assertThat(shop.notification(order.path("trans_no").asText()).path("trans_status").asInt()).isEqualTo(2);
  }

  @Test
  void theStylesheetIsAllowedByItsHash() {
    browser.get(shop.checkout(orderNo(), "34.50", Map.of()));
    // A wrong hash in the policy would leave the button unstyled (the browser's grey).
    assertThat(browser.findElement(By.id("pay")).getCssValue("background-color")).isEqualTo("rgba(99, 91, 255, 1)");
  }

  private static void enterCard(String number, String expiry, String cvv) {
    browser.findElement(By.id("card_number")).sendKeys(number);
    browser.findElement(By.id("card_expiry")).sendKeys(expiry);
    browser.findElement(By.id("card_cvv")).sendKeys(cvv);
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private static void assertBackAtTheShop(String orderNo) {
    chromium.awaitUrl(shop.returnUrl(orderNo));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(OnlineShop.RETURN_HEADING);
  }
}
