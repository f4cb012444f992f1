package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the customer pages tell a program, without a browser: the language chosen by {@code Accept-Language}, the
 * status of every kind of link, and the headers that keep a page to itself.
 */
class CustomerPagesHttpTest {
  private static OnlineShop shop;
  private static HttpClient http;

  @BeforeAll
  static void start() {
    shop = new OnlineShop();
    http = HttpClient.newBuilder().sslContext(SandboxClient.trustingOnly(shop.sandbox.certificatePem())).build();
  }

  @AfterAll
  static void stop() {
    shop.close();
  }

  private static String orderNo() {
    return "http-" + System.nanoTime();
  }

  @ParameterizedTest
  @CsvSource({
      "'fr-FR,fr;q=0.9', fr-FR, Paiement, Numéro de commande",
      "'zh-CN', zh-CN, 收银台, 订单号",
      "'ja-JP,en;q=0.5', ja-JP, お支払い, 注文番号",
      "'de-DE,en-US;q=0.8', en-US, Checkout, Order number",
      "'', en-US, Checkout, Order number"})
  void theCheckoutSpeaksTheCustomersLanguage(String acceptLanguage, String tag, String title, String orderLabel) {
    HttpResponse<String> page = get(shop.checkout(orderNo(), "34.50", Map.of()), acceptLanguage);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Language")).hasValue(tag);
    assertThat(page.body()).contains("<html lang=\"" + tag + "\">", "<h1>" + title + "</h1>",
        "<dt>" + orderLabel + "</dt>");
  }

  @Test
  void anUnknownTokenIsNotFoundInTheCustomersLanguage() {
    HttpResponse<String> page = get(shop.sandbox.baseUrl() + "pay/00000000000000000000000000000000", "ja-JP");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("<h1>この支払いリンクは無効です</h1>").doesNotContain("<form");
  }

  @Test
  void anExpiredLinkIsGoneAndAPaidOneIsAConflict() {
    String expired = shop.checkout(orderNo(), "34.50", Map.of("expires", 30));
    String paid = shop.checkout(orderNo(), "34.50", Map.of("expires", 3600));
    assertThat(shop.client.choose(paid, "pay").statusCode()).isEqualTo(303);
    shop.clock.advance(Duration.ofSeconds(31));

    HttpResponse<String> gone = get(expired, "fr-FR");
    HttpResponse<String> conflict = get(paid, "zh-CN");

    assertThat(gone.statusCode()).isEqualTo(410);
    assertThat(gone.body()).contains("<h1>Ce lien de paiement a expiré</h1>").doesNotContain("<form");
    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(conflict.body()).contains("<h1>此订单已支付</h1>").doesNotContain("<form");
    assertThat(shop.client.choose(paid, "pay").statusCode()).as("never charged twice").isEqualTo(409);
  }

  @Test
  void aCardThatBreaksARuleIsUnprocessableAndNothingIsCharged() {
    String orderNo = orderNo();
    String payUrl = shop.checkout(orderNo, "34.50", Map.of());

    HttpResponse<String> luhn = post(payUrl, "action=pay&card_number=4242424242424241&card_expiry=12%2F34&card_cvv=123");
    HttpResponse<String> past = post(payUrl, "action=pay&card_number=4242424242424242&card_expiry=01%2F20&card_cvv=123");
    HttpResponse<String> cvv = post(payUrl, "action=pay&card_number=4242424242424242&card_expiry=12%2F34&card_cvv=12");

    assertThat(luhn.statusCode()).isEqualTo(422);
    assertThat(past.statusCode()).isEqualTo(422);
    assertThat(cvv.statusCode()).isEqualTo(422);
    assertThat(luhn.body()).contains("id=\"card-error\"").doesNotContain("4242424242424241");
    assertThat(shop.query(orderNo).path("trans_status").asInt()).isEqualTo(9);
  }

  @Test
  void aButtonThePageDoesNotHaveIsNotUnderstood() {
    String qrCodeUrl = shop.created("cscanb.pay.getqrcode", Map.of("merchant_order_no", orderNo(),
        "price_currency", "USD", "order_amount", new BigDecimal("3.00"), "description", "Tea"))
        .path("qrcode_url").asText();

    assertThat(post(qrCodeUrl, "action=abandon").statusCode()).isEqualTo(400);
    assertThat(post(qrCodeUrl, "action=approve").statusCode()).isEqualTo(400);
    assertThat(get(qrCodeUrl, "").statusCode()).as("still open").isEqualTo(200);
  }

  @Test
  void thePolicyLetsNothingLoadAndAllowsTheOneStylesheetByItsHash() throws Exception {
    String orderNo = orderNo();
    HttpResponse<String> page = get(shop.checkout(orderNo, "34.50", Map.of()), "");
    String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();

    Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(page.body());
    assertThat(style.find()).isTrue();
    String hash = Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
    String shopOrigin = URI.create(shop.returnUrl(orderNo)).resolve("/").toString().replaceAll("/$", "");
    assertThat(policy).isEqualTo("default-src 'none'; style-src 'sha256-" + hash + "'; form-action 'self' "
        + shopOrigin + "; frame-ancestors 'none'; base-uri 'none'");
    assertThat(page.body()).doesNotContain("<script", " style=", "src=", "href=\"http");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  private static HttpResponse<String> get(String url, String acceptLanguage) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (!acceptLanguage.isEmpty()) {
      request.header("Accept-Language", acceptLanguage);
    }
    return send(request.build());
  }

  private static HttpResponse<String> post(String url, String form) {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
