package org.codepaygen.spring.sample;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import org.codepaygen.api.online.CheckoutPage;
import org.codepaygen.api.online.ImmutableHostedCheckout;
import org.codepaygen.api.online.OnlineCheckout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The shop's pages: the product, buying it (a hosted checkout, then off to CodePay's page) and the order the customer
 * comes back to.
 */
@RestController
class ShopController {
  static final String PRODUCT = "Coffee beans, 1 kg";
  static final String CURRENCY = "USD";
  static final BigDecimal PRICE = new BigDecimal("34.50");
  /** How long CodePay's page stays payable. */
  private static final int CHECKOUT_SECONDS = 15 * 60;

  private final OnlineCheckout checkout;
  private final Orders orders;
  private final String notificationsPath;

  ShopController(OnlineCheckout checkout, Orders orders,
      @Value("${codepay.notifications.path}") String notificationsPath) {
    this.checkout = checkout;
    this.orders = orders;
    this.notificationsPath = notificationsPath;
  }

  @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
  String home() {
    return page(PRODUCT, "<p>" + htmlEscape(PRODUCT) + ": " + PRICE + " " + CURRENCY + "</p>"
        + "<form method=\"post\" action=\"/orders\"><button>Buy</button></form>");
  }

  /**
   * Creates the order and its hosted checkout, and sends the browser to CodePay's page. The outcome is learnt from
   * the notification, never from the customer's return.
   */
  @PostMapping("/orders")
  ResponseEntity<Void> buy(HttpServletRequest request) {
    Order order = orders.create(PRODUCT, CURRENCY, PRICE);
    String shop = ServletUriComponentsBuilder.fromContextPath(request).toUriString();
    CheckoutPage page = checkout.createCheckout(ImmutableHostedCheckout.builder()
        .merchantOrderNo(order.orderNo())
        .priceCurrency(order.currency())
        .orderAmount(order.amount())
        .description(order.product())
        .expires(CHECKOUT_SECONDS)
        .returnUrl(shop + "/orders/" + order.orderNo())
        .notifyUrl(shop + notificationsPath)
        .build());
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(page.payUrl())).build();
  }

  @GetMapping(path = "/orders/{orderNo}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> order(@PathVariable("orderNo") String orderNo) {
    return orders.find(orderNo)
        .map(order -> ResponseEntity.ok(page("Order " + order.orderNo(),
            "<p>" + htmlEscape(order.product()) + ": " + order.amount() + " " + order.currency() + "</p>"
                + "<p id=\"status\">" + describe(order.status()) + "</p>")))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(page("No such order", "")));
  }

  private static String describe(OrderStatus status) {
    return switch (status) {
      case AWAITING_PAYMENT -> "Awaiting payment: this page shows the outcome once CodePay has told the shop.";
      case PAID -> "Paid. Thank you!";
      case NOT_PAID -> "Not paid.";
    };
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + htmlEscape(title) + "</title></head><body>"
        + "<h1>" + htmlEscape(title) + "</h1>" + body + "</body></html>";
  }
}
