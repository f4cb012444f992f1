package org.codepaygen.sample;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.codepaygen.api.ImmutableOrderQuery;
import org.codepaygen.api.ImmutableSubmitRefund;
import org.codepaygen.api.PayScenario;
import org.codepaygen.api.Payments;
import org.codepaygen.api.TransType;
import org.codepaygen.api.Transaction;
import org.codepaygen.api.cloud.CloudPay;
import org.codepaygen.api.cloud.CreateOrder;
import org.codepaygen.api.cloud.ImmutableAdjustTip;
import org.codepaygen.api.cloud.ImmutableCloseBatch;
import org.codepaygen.api.cloud.ImmutableCreateOrder;
import org.codepaygen.api.cloud.ImmutableUploadImage;
import org.codepaygen.api.online.ImmutableHostedCheckout;
import org.codepaygen.api.online.ImmutableMerchantCheckout;
import org.codepaygen.api.online.MerchantCheckoutResult;
import org.codepaygen.api.online.OnlineCheckout;
import org.codepaygen.api.online.OrderDetail;
import org.codepaygen.api.online.PaymentOption;
import org.codepaygen.api.qr.ImmutableQrCodeOrder;
import org.codepaygen.api.qr.QrCode;
import org.codepaygen.api.qr.QrPay;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.FileData;
import org.codepaygen.runtime.card.CardDetails;
import org.codepaygen.runtime.error.CodePayException;
import org.codepaygen.runtime.error.GatewayErrorException;
import org.codepaygen.runtime.error.ValidationException;
import org.codepaygen.runtime.notification.VerifiedNotification;

/**
 * A day at the till, step by step: a sale followed to its end, a tip adjustment, a partial refund, a declined
 * payment, a duplicate order number, an emoji stopped before sending, an error message in Japanese, an image upload
 * and the batch close; then, with a {@link SandboxCustomer}, the web shop: a hosted checkout paid on its page, a QR
 * payment, a card that passes 3-D Secure and a pre-authorisation completed for less. With a
 * {@link NotificationDesk}, the sale and the refund also carry its notify_url, their verified notifications are
 * checked against the order, and a redelivered one is recognised. Each step records its
 * outcome; a failure of one step never stops the others.
 */
public final class Scenario {
  /** Amounts ending in .91 make the local sandbox's terminal decline (see sandbox/README.md). */
  static final BigDecimal DECLINED_AMOUNT = new BigDecimal("12.91");
  /** Where the shop's customer comes back to after paying; the sample has no web server of its own. */
  private static final String RETURN_URL = "https://shop.example/thanks";

  private final CloudPay cloudPay;
  private final Payments payments;
  private final Payments paymentsInJapanese;
  private final CodePayClient client;
  private final PsnRecorder psns;
  private final String terminalSn;
  private final Duration pollEvery;
  private final Duration pollFor;
  private final Consumer<String> progress;
  private final NotificationDesk desk;
  private final OnlineCheckout online;
  private final QrPay qrPay;
  private final SandboxCustomer customer;
  private final String orderPrefix = "demo" + System.currentTimeMillis();
  private String saleTransNo;
  private String refundTransNo;

  /**
   * @param client the client the scenario runs on; its {@link PsnRecorder} must be {@code psns}
   * @param clientInJapanese the same configuration with {@code Language.JA_JP}
   * @param desk where notifications are received, or {@code null} to rely on polling alone
   * @param customer the simulated customer of the sandbox's pages, or {@code null} to leave the web shop out
   */
  Scenario(CodePayClient client, CodePayClient clientInJapanese, PsnRecorder psns, String terminalSn,
      Duration pollEvery, Duration pollFor, Consumer<String> progress, NotificationDesk desk,
      SandboxCustomer customer) {
    this.client = client;
    this.cloudPay = client.create(CloudPay.class);
    this.payments = client.create(Payments.class);
    this.paymentsInJapanese = clientInJapanese.create(Payments.class);
    this.psns = psns;
    this.terminalSn = terminalSn;
    this.pollEvery = pollEvery;
    this.pollFor = pollFor;
    this.progress = progress;
    this.desk = desk;
    this.online = client.create(OnlineCheckout.class);
    this.qrPay = client.create(QrPay.class);
    this.customer = customer;
  }

  /** Runs every step and returns their results in order. */
  public List<StepResult> run() {
    List<StepResult> results = new ArrayList<>();
    String saleNo = orderPrefix + "S";
    String declinedNo = orderPrefix + "D";

    results.add(step("Push a sale of USD 34.50", () -> {
      var pushed = cloudPay.createOrder(notifiedSale(saleNo, new BigDecimal("34.50")));
      saleTransNo = pushed.transNo();
      return "pushed to terminal " + terminalSn + ", trans_no " + pushed.transNo();
    }));
    results.add(step("Wait for the customer to pay", () -> "status " + awaitEnd(saleNo).transStatus()));
    if (desk != null) {
      results.add(step("Receive the sale's notification", () -> checkNotification(saleTransNo, "34.50")));
    }
    results.add(step("Adjust the tip to USD 5.00", () -> {
      cloudPay.adjustTip(ImmutableAdjustTip.builder()
          .merchantOrderNo(saleNo).tipAdjustmentAmount(new BigDecimal("5.00")).build());
      return "tip adjusted";
    }));
    results.add(step("Refund USD 10.00 of the sale", () -> {
      var refund = ImmutableSubmitRefund.builder()
          .origMerchantOrderNo(saleNo).merchantOrderNo(orderPrefix + "R").priceCurrency("USD")
          .orderAmount(new BigDecimal("34.50")).transAmount(new BigDecimal("10.00"));
      if (desk != null) {
        refund.notifyUrl(desk.notifyUrl());
      }
      var submitted = payments.submitRefund(refund.build());
      refundTransNo = submitted.transNo();
      Transaction state = awaitRefundEnd(submitted.transNo());
      return "refund " + submitted.transNo() + " of " + submitted.transAmount() + ", status " + state.transStatus();
    }));
    if (desk != null) {
      // The sandbox's refund is a transaction of its own, so its order_amount is the amount refunded.
      results.add(step("Receive the refund's notification", () -> checkNotification(refundTransNo, "10.00")));
      results.add(step("Recognise a redelivered notification", () -> {
        if (!desk.redeliveryRecognised(saleTransNo, pollFor)) {
          throw new IllegalStateException("no redelivery of the sale's notification was recognised");
        }
        return "the sale's notification came again: acknowledged, not processed twice";
      }));
    }
    results.add(step("Push a payment the card issuer declines", () -> {
      cloudPay.createOrder(sale(declinedNo, DECLINED_AMOUNT));
      Transaction declined = awaitEnd(declinedNo);
      return "status " + declined.transStatus() + ", " + declined.transErrorCode().orElse("no error code")
          + ": " + declined.transErrorMsg().orElse("");
    }));
    results.add(expectRefusal("Push the sale's order number again", GatewayErrorException.class, () -> {
      cloudPay.createOrder(sale(saleNo, new BigDecimal("34.50")));
      return "accepted a duplicate order number";
    }));
    results.add(expectRefusal("Describe an order with an emoji", ValidationException.class, () -> {
      CreateOrder order = saleBuilder(orderPrefix + "E", BigDecimal.ONE)
          .description("Flat white \u2615 and a croissant \uD83E\uDD50")
          .build();
      cloudPay.createOrder(order);
      return "sent an emoji";
    }));
    results.add(expectRefusal("Ask for an unknown order, in Japanese", GatewayErrorException.class, () -> {
      paymentsInJapanese.queryOrder(ImmutableOrderQuery.builder().merchantOrderNo(orderPrefix + "X").build());
      return "found an order that was never created";
    }));
    results.add(step("Upload a receipt logo", () -> "file_key " + cloudPay.uploadImage(ImmutableUploadImage.builder()
        .institutionNo("INST0001").fileData(FileData.of("logo.png", SampleImage.png())).build()).fileKey()));
    results.add(step("Close the terminal's batch", () -> {
      var closed = cloudPay.closeBatch(ImmutableCloseBatch.builder().terminalSn(terminalSn).build());
      return "settled " + closed.settleList().orElse("nothing");
    }));
    if (customer != null) {
      webShop(results);
    }
    return results;
  }

  /** The web shop's day: a hosted checkout, a QR code, a card with 3-D Secure and a pre-auth completed for less. */
  private void webShop(List<StepResult> results) {
    String checkoutNo = orderPrefix + "W";
    String qrNo = orderPrefix + "Q";
    String cardNo = orderPrefix + "C";
    String preAuthNo = orderPrefix + "P";
    String[] pageUrl = new String[1];
    results.add(step("Open a hosted checkout of USD 59.00", () -> {
      String detail = OrderDetail.general()
          .item(new OrderDetail.Item("MUG", 2, new BigDecimal("12.00"), new BigDecimal("24.00"), "Mug", null))
          .item(new OrderDetail.Item("POT", 1, new BigDecimal("35.00"), new BigDecimal("35.00"), "Teapot", null))
          .allow(PaymentOption.CARD, PaymentOption.APPLE_PAY).build().toJson();
      pageUrl[0] = online.createCheckout(ImmutableHostedCheckout.builder().merchantOrderNo(checkoutNo)
          .priceCurrency("USD").orderAmount(new BigDecimal("59.00")).description("Two mugs and a teapot")
          .expires(900).returnUrl(RETURN_URL).orderDetail(detail).build()).payUrl();
      return "pay_url " + pageUrl[0];
    }));
    results.add(step("The customer pays on the checkout page", () -> {
      String back = customer.pay(pageUrl[0]);
      return "back at " + back + ", status " + awaitEnd(checkoutNo).transStatus();
    }));
    results.add(step("Show a QR code for USD 8.00", () -> {
      QrCode code = qrPay.createQrCode(ImmutableQrCodeOrder.builder().merchantOrderNo(qrNo).priceCurrency("USD")
          .orderAmount(new BigDecimal("8.00")).description("Flat white to go").build());
      pageUrl[0] = code.qrcodeUrl();
      return "qrcode_url " + code.qrcodeUrl();
    }));
    results.add(step("The customer scans it and pays", () -> {
      customer.pay(pageUrl[0]);
      return "status " + awaitEnd(qrNo).transStatus();
    }));
    results.add(step("Charge a card that asks for 3-D Secure", () -> {
      CardDetails card = CardDetails.builder().pan("4000 0000 0000 3220").expiry(YearMonth.now().plusYears(2))
          .cvv("123").holder("Ann Lee").build();
      MerchantCheckoutResult result = online.checkoutCard(ImmutableMerchantCheckout.builder()
          .merchantOrderNo(cardNo).priceCurrency("USD").orderAmount(new BigDecimal("42.00"))
          .description("A teapot").expires(900).returnUrl(RETURN_URL).card(card).build());
      pageUrl[0] = result.redirectUrl3dsecure().orElseThrow(
          () -> new IllegalStateException("no 3-D Secure challenge; status " + result.transStatus()));
      return "status " + result.transStatus() + ", challenge at " + pageUrl[0];
    }));
    results.add(step("The customer passes 3-D Secure", () -> {
      String back = customer.pay(pageUrl[0]);
      return "back at " + back + ", status " + awaitEnd(cardNo).transStatus();
    }));
    results.add(step("Pre-authorise USD 80.00 for a room", () -> {
      cloudPay.createOrder(saleBuilder(preAuthNo, new BigDecimal("80.00")).transType(TransType.PRE_AUTH).build());
      return "status " + awaitEnd(preAuthNo).transStatus();
    }));
    results.add(step("Complete the pre-auth for USD 62.40", () -> {
      cloudPay.createOrder(saleBuilder(preAuthNo + "C", new BigDecimal("62.40"))
          .transType(TransType.PRE_AUTH_COMPLETION).origMerchantOrderNo(preAuthNo).build());
      Transaction completed = awaitEnd(preAuthNo + "C");
      return "status " + completed.transStatus() + ", USD "
          + completed.transAmount().map(BigDecimal::toPlainString).orElse("?") + " taken of 80.00";
    }));
  }

  /** The sale whose notification the desk receives, when there is a desk. */
  private CreateOrder notifiedSale(String merchantOrderNo, BigDecimal amount) {
    ImmutableCreateOrder.Builder order = saleBuilder(merchantOrderNo, amount);
    return (desk == null ? order : order.notifyUrl(desk.notifyUrl())).build();
  }

  /** Waits for the transaction's notification and checks it against the order, as a merchant's server would. */
  private String checkNotification(String transNo, String amount) throws InterruptedException {
    VerifiedNotification notification = desk.await(transNo, pollFor);
    if (notification == null) {
      throw new IllegalStateException("no notification for " + transNo + " within " + pollFor.toSeconds() + " s");
    }
    notification.checkOrder("USD", new BigDecimal(amount));
    return "verified, status " + notification.as(Transaction.class).transStatus() + ", USD " + amount
        + " matches the order";
  }

  private CreateOrder sale(String merchantOrderNo, BigDecimal amount) {
    return saleBuilder(merchantOrderNo, amount).build();
  }

  private ImmutableCreateOrder.Builder saleBuilder(String merchantOrderNo, BigDecimal amount) {
    return ImmutableCreateOrder.builder()
        .terminalSn(terminalSn)
        .messageReceivingApplication("CodePay Register")
        .payScenario(PayScenario.SWIPE_CARD)
        .merchantOrderNo(merchantOrderNo)
        .priceCurrency("USD")
        .orderAmount(amount)
        .transType(TransType.SALE)
        .description("Flat white and a croissant");
  }

  /** Polls the order until it stops changing, printing a progress line at each poll. */
  private Transaction awaitEnd(String merchantOrderNo) throws InterruptedException {
    long deadline = System.nanoTime() + pollFor.toNanos();
    var query = ImmutableOrderQuery.builder().merchantOrderNo(merchantOrderNo).build();
    while (true) {
      Transaction transaction = payments.queryOrder(query);
      if (!transaction.transStatus().isPending() || System.nanoTime() > deadline) {
        return transaction;
      }
      progress.accept("  … " + merchantOrderNo + " is " + transaction.transStatus() + "; asking again in "
          + pollEvery.toMillis() + " ms");
      Thread.sleep(pollEvery.toMillis());
    }
  }

  /** Like {@link #awaitEnd}, through the asynchronous refund query. */
  private Transaction awaitRefundEnd(String transNo) throws Exception {
    long deadline = System.nanoTime() + pollFor.toNanos();
    var query = ImmutableOrderQuery.builder().transNo(transNo).build();
    while (true) {
      Transaction refund = payments.queryRefund(query).get(pollFor.toMillis(), TimeUnit.MILLISECONDS);
      if (!refund.transStatus().isPending() || System.nanoTime() > deadline) {
        return refund;
      }
      progress.accept("  … refund " + transNo + " is " + refund.transStatus() + "; asking again in "
          + pollEvery.toMillis() + " ms");
      Thread.sleep(pollEvery.toMillis());
    }
  }

  private interface Action {
    String run() throws Exception;
  }

  private StepResult step(String name, Action action) {
    return attempt(name, null, action);
  }

  /** A step meant to be refused with {@code refusal}: that refusal is its expected outcome. */
  private StepResult expectRefusal(String name, Class<? extends CodePayException> refusal, Action action) {
    return attempt(name, refusal, action);
  }

  private StepResult attempt(String name, Class<? extends CodePayException> refusal, Action action) {
    psns.take();
    try {
      String outcome = action.run();
      return new StepResult(name, outcome, psns.take(), refusal == null);
    } catch (Exception e) {
      Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
      return new StepResult(name, describe(cause), psns.take(), refusal != null && refusal.isInstance(cause));
    }
  }

  private static String describe(Throwable cause) {
    if (cause instanceof GatewayErrorException gateway) {
      return "refused: " + gateway.code() + " " + gateway.gatewayMessage();
    }
    if (cause instanceof CodePayException codePay) {
      return "stopped: " + codePay.getMessage();
    }
    return "failed: " + cause;
  }
}
