package org.codepaygen.integration;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.codepaygen.api.ImmutableOrderQuery;
import org.codepaygen.api.ImmutableSubmitRefund;
import org.codepaygen.api.PayScenario;
import org.codepaygen.api.Payments;
import org.codepaygen.api.TransType;
import org.codepaygen.api.Transaction;
import org.codepaygen.api.cloud.CloudPay;
import org.codepaygen.api.cloud.ImmutableAdjustTip;
import org.codepaygen.api.cloud.ImmutableCloseBatch;
import org.codepaygen.api.cloud.ImmutableCreateOrder;
import org.codepaygen.api.online.ImmutableMerchantCheckout;
import org.codepaygen.api.online.MerchantCheckoutResult;
import org.codepaygen.api.online.OnlineCheckout;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.card.CardDetails;
import org.codepaygen.runtime.notification.VerifiedNotification;

/**
 * Calls through the generated clients that succeed and that fail, each described as a line of text (exceptions with
 * their stack traces), for suites that search every output: Cloud sale, tip, refund, decline, duplicate, emoji,
 * Japanese error, upload, batch close, and merchant checkouts that pass, are declined and are stopped locally.
 */
final class Tour {
  static final String CVV = "9183";
  static final YearMonth EXPIRY = YearMonth.of(2031, 7);
  static final String PAID_PAN = "4242424242424242";
  static final String DECLINED_PAN = "4000000000000002";
  static final String MISTYPED_PAN = "4242424242424241";
  /** What must never show: the numbers and the security code and expiry beside their names, in every usual form. */
  static final List<String> CARD_NEEDLES = List.of(
      PAID_PAN, DECLINED_PAN, MISTYPED_PAN, "4242 4242 4242 4242", "4000 0000 0000 0002",
      "\"cvv\":\"" + CVV + "\"", "cvv=" + CVV, "cvv: " + CVV, "\"expiry\":\"0731\"", "expiry=0731", "2031-07");

  private static final Duration WAIT = Duration.ofSeconds(20);

  private final CodePayClient client;
  private final CloudPay cloudPay;
  private final Payments payments;
  private final Payments paymentsInJapanese;
  private final OnlineCheckout online;
  private final NotificationInbox inbox;
  private final String prefix = "tour" + System.nanoTime() % 1_000_000_000L;
  private final List<String> outcomes = new ArrayList<>();

  Tour(CodePayClient client, CodePayClient clientInJapanese, NotificationInbox inbox) {
    this.client = client;
    this.cloudPay = client.create(CloudPay.class);
    this.payments = client.create(Payments.class);
    this.paymentsInJapanese = clientInJapanese.create(Payments.class);
    this.online = client.create(OnlineCheckout.class);
    this.inbox = inbox;
  }

  static CardDetails card(String pan) {
    return CardDetails.builder().pan(pan).expiry(EXPIRY).cvv(CVV).holder("Ann Lee").build();
  }

  List<String> run() {
    String sale = prefix + "S";
    step("sale", () -> {
      String transNo = cloudPay.createOrder(saleOrder(sale, "34.50").notifyUrl(inbox.notifyUrl()).build()).transNo();
      Transaction paid = awaitEnd(sale);
      VerifiedNotification notification = inbox.await(transNo, WAIT);
      return paid.toString() + " / notified " + (notification == null ? "never" : notification.members());
    });
    step("tip", () -> {
      cloudPay.adjustTip(ImmutableAdjustTip.builder().merchantOrderNo(sale)
          .tipAdjustmentAmount(new BigDecimal("5.00")).build());
      return "tip adjusted";
    });
    step("refund", () -> {
      String transNo = payments.submitRefund(ImmutableSubmitRefund.builder().origMerchantOrderNo(sale)
          .merchantOrderNo(prefix + "R").priceCurrency("USD").orderAmount(new BigDecimal("34.50"))
          .transAmount(new BigDecimal("10.00")).notifyUrl(inbox.notifyUrl()).build()).transNo();
      return payments.queryRefund(ImmutableOrderQuery.builder().transNo(transNo).build())
          .get(WAIT.toMillis(), TimeUnit.MILLISECONDS).toString();
    });
    step("declined", () -> {
      cloudPay.createOrder(saleOrder(prefix + "D", "12.91").build());
      return awaitEnd(prefix + "D").toString();
    });
    step("duplicate", () -> cloudPay.createOrder(saleOrder(sale, "34.50").build()).toString());
    step("emoji", () -> cloudPay.createOrder(saleOrder(prefix + "E", "1.00").description("\uD83E\uDD50").build())
        .toString());
    step("japanese", () -> paymentsInJapanese.queryOrder(
        ImmutableOrderQuery.builder().merchantOrderNo(prefix + "X").build()).toString());
    step("upload", () -> client.uploadImage("INST0001", "logo.png", png()));
    step("batch", () -> cloudPay.closeBatch(ImmutableCloseBatch.builder().terminalSn("WPYC002251000042").build())
        .toString());

    step("card paid", () -> {
      var checkout = checkout(prefix + "C1", card(PAID_PAN)).notifyUrl(inbox.notifyUrl()).build();
      String shown = checkout.toString();
      MerchantCheckoutResult result = online.checkoutCard(checkout);
      VerifiedNotification notification = inbox.await(result.transNo(), WAIT);
      return shown + " → " + result + " / notified " + (notification == null ? "never" : notification.members())
          + " / " + awaitEnd(prefix + "C1");
    });
    step("card declined", () -> {
      var checkout = checkout(prefix + "C2", card(DECLINED_PAN)).build();
      return checkout + " → " + online.checkoutCard(checkout) + " / " + awaitEnd(prefix + "C2");
    });
    step("card mistyped", () -> card(MISTYPED_PAN).toString());
    step("card expired", () -> CardDetails.builder().pan(PAID_PAN).expiry(YearMonth.of(2020, 1)).cvv(CVV).build()
        .toString());
    step("card sent twice", () -> {
      CardDetails once = card(PAID_PAN);
      online.checkoutCard(checkout(prefix + "C3", once).build());
      return online.checkoutCard(checkout(prefix + "C4", once).build()).toString();
    });
    return outcomes;
  }

  private void step(String name, Callable<Object> call) {
    try {
      outcomes.add(name + ": " + call.call());
    } catch (Exception e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      outcomes.add(name + ": " + e + "\n" + trace);
    }
  }

  private static ImmutableCreateOrder.Builder saleOrder(String orderNo, String amount) {
    return ImmutableCreateOrder.builder().terminalSn("WPYC002251000042").messageReceivingApplication("CodePay Register")
        .payScenario(PayScenario.SWIPE_CARD).merchantOrderNo(orderNo).priceCurrency("USD")
        .orderAmount(new BigDecimal(amount)).transType(TransType.SALE);
  }

  static ImmutableMerchantCheckout.Builder checkout(String orderNo, CardDetails card) {
    return ImmutableMerchantCheckout.builder().merchantOrderNo(orderNo).priceCurrency("USD")
        .orderAmount(new BigDecimal("49.00")).description("A teapot").expires(900)
        .returnUrl("https://shop.example/return").card(card);
  }

  private Transaction awaitEnd(String orderNo) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      Transaction transaction = payments.queryOrder(ImmutableOrderQuery.builder().merchantOrderNo(orderNo).build());
      if (!transaction.transStatus().isPending() || System.nanoTime() > deadline) {
        return transaction;
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
  }

  static byte[] png() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }
}
