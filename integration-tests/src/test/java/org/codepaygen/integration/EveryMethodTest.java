package org.codepaygen.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.codepaygen.api.ImmutableOrderQuery;
import org.codepaygen.api.ImmutableRevokeOrder;
import org.codepaygen.api.ImmutableSubmitRefund;
import org.codepaygen.api.PayScenario;
import org.codepaygen.api.Payments;
import org.codepaygen.api.TransStatus;
import org.codepaygen.api.TransType;
import org.codepaygen.api.Transaction;
import org.codepaygen.api.cloud.CloudPay;
import org.codepaygen.api.cloud.ImmutableAdjustTip;
import org.codepaygen.api.cloud.ImmutableCloseBatch;
import org.codepaygen.api.cloud.ImmutableCloseOrder;
import org.codepaygen.api.cloud.ImmutableCreateOrder;
import org.codepaygen.api.cloud.ImmutableUploadImage;
import org.codepaygen.api.cloud.UploadImage;
import org.codepaygen.api.online.CheckoutPage;
import org.codepaygen.api.online.ImmutableHostedCheckout;
import org.codepaygen.api.online.ImmutableUnifiedOrder;
import org.codepaygen.api.online.MerchantCheckoutResult;
import org.codepaygen.api.online.OnlineCheckout;
import org.codepaygen.api.online.OrderDetail;
import org.codepaygen.api.online.PaymentLink;
import org.codepaygen.api.online.PaymentOption;
import org.codepaygen.api.qr.ImmutableQrCodeOrder;
import org.codepaygen.api.qr.ImmutableScannedCodePayment;
import org.codepaygen.api.qr.QrCode;
import org.codepaygen.api.qr.QrPay;
import org.codepaygen.api.qr.QrPayment;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.FileData;
import org.codepaygen.runtime.VerifiedAnswer;
import org.codepaygen.runtime.error.GatewayErrorException;
import org.codepaygen.runtime.error.ValidationException;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.notification.VerifiedNotification;
import org.codepaygen.sandbox.CodePaySandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every method of codepay-api through its generated client against the sandbox: what a success answers and where it
 * ends, and at least one refusal each, with the gateway's code.
 */
class EveryMethodTest {
  private static final String AES_KEY_HEX = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
  private static final String TERMINAL = "WPYC002251000042";
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final AtomicInteger ORDERS = new AtomicInteger();
  private static final String RUN = "em" + System.nanoTime() % 1_000_000L;

  private static CodePaySandbox sandbox;
  private static CodePayClient client;
  private static CodePayClient aesClient;
  private static NotificationInbox inbox;
  private static CustomerBrowser browser;
  private static Payments payments;
  private static CloudPay cloudPay;
  private static OnlineCheckout online;
  private static QrPay qrPay;

  @BeforeAll
  static void start() throws Exception {
    sandbox = CodePaySandbox.builder().merchantPublicKey(SignedAnswers.merchantPublicKey())
        .notificationDelay(Duration.ofMillis(200)).appAesKey(HexFormat.of().parseHex(AES_KEY_HEX)).start();
    CodePayClient.Builder builder = CodePayClient.builder()
        .baseUrl(sandbox.baseUrl()).appId(sandbox.appId()).merchantNo(sandbox.merchantNo())
        .merchantPrivateKey(SignedAnswers.merchantPrivateKey()).gatewayPublicKey(sandbox.gatewayPublicKey())
        .trustCertificatePem(sandbox.certificatePem());
    client = builder.build();
    aesClient = builder.cardEncryptionAesKey(
        Base64.getEncoder().encodeToString(HexFormat.of().parseHex(AES_KEY_HEX))).build();
    inbox = new NotificationInbox(sandbox.gatewayPublicKey());
    browser = new CustomerBrowser(sandbox.certificatePem());
    payments = client.create(Payments.class);
    cloudPay = client.create(CloudPay.class);
    online = client.create(OnlineCheckout.class);
    qrPay = client.create(QrPay.class);
  }

  @AfterAll
  static void stop() {
    client.close();
    aesClient.close();
    inbox.close();
    sandbox.close();
  }

  private static String orderNo() {
    return RUN + "-" + ORDERS.incrementAndGet();
  }

  private static ImmutableCreateOrder.Builder sale(String orderNo, String amount) {
    return ImmutableCreateOrder.builder().terminalSn(TERMINAL).messageReceivingApplication("CodePay Register")
        .payScenario(PayScenario.SWIPE_CARD).merchantOrderNo(orderNo).priceCurrency("USD")
        .orderAmount(new BigDecimal(amount)).transType(TransType.SALE);
  }

  private static Transaction awaitEnd(String orderNo) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      Transaction transaction = payments.queryOrder(ImmutableOrderQuery.builder().merchantOrderNo(orderNo).build());
      if (!transaction.transStatus().isPending() || System.nanoTime() > deadline) {
        return transaction;
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  private static String paidSale(String amount) throws InterruptedException {
    String orderNo = orderNo();
    cloudPay.createOrder(sale(orderNo, amount).build());
    assertThat(awaitEnd(orderNo).transStatus()).isEqualTo(TransStatus.SUCCESS);
    return orderNo;
  }

  private static void assertRefused(Runnable call, String code) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(GatewayErrorException.class,
        e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(code));
  }

  // ---- Payments: order.query, order.refund.submit, order.refund.query, order.revoker

  @Test
  void queryOrderReadsAPaymentAndRefusesAnUnknownOne() throws Exception {
    String orderNo = paidSale("34.50");

    Transaction paid = payments.queryOrder(ImmutableOrderQuery.builder().merchantOrderNo(orderNo).build());

    assertThat(paid.transType()).isEqualTo(TransType.SALE);
    assertThat(paid.transAmount()).contains(new BigDecimal("34.50"));
    assertThat(paid.transEndTime()).isPresent();
    assertRefused(() -> payments.queryOrder(ImmutableOrderQuery.builder().merchantOrderNo(orderNo() + "X").build()),
        "E09002");
  }

  @Test
  void refundsAreSubmittedQueriedAndNeverExceedWhatWasPaid() throws Exception {
    String orderNo = paidSale("20.00");
    String refundNo = orderNo();

    var submitted = payments.submitRefund(ImmutableSubmitRefund.builder().origMerchantOrderNo(orderNo)
        .merchantOrderNo(refundNo).priceCurrency("USD").orderAmount(new BigDecimal("20.00"))
        .transAmount(new BigDecimal("15.00")).build());
    Transaction refund = awaitRefund(submitted.transNo());

    assertThat(submitted.transAmount()).isEqualByComparingTo("15.00");
    assertThat(refund.transType()).isEqualTo(TransType.REFUND);
    assertThat(refund.transStatus()).isEqualTo(TransStatus.SUCCESS);
    assertRefused(() -> payments.submitRefund(ImmutableSubmitRefund.builder().origMerchantOrderNo(orderNo)
        .merchantOrderNo(orderNo()).priceCurrency("USD").orderAmount(new BigDecimal("20.00"))
        .transAmount(new BigDecimal("5.01")).build()), "E09004");
    assertThatThrownBy(() -> payments.queryRefund(ImmutableOrderQuery.builder().transNo("99999999999999999999")
        .build()).get())
        .isInstanceOf(ExecutionException.class)
        .cause().isInstanceOfSatisfying(GatewayErrorException.class, e -> assertThat(e.code()).isEqualTo("E09002"));
  }

  private static Transaction awaitRefund(String transNo) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      Transaction refund = payments.queryRefund(ImmutableOrderQuery.builder().transNo(transNo).build()).get();
      if (!refund.transStatus().isPending() || System.nanoTime() > deadline) {
        return refund;
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  @Test
  void revokeClosesAnOrderThatNeverCompletesAndRefusesAnUnknownOne() throws Exception {
    String stuck = orderNo();
    cloudPay.createOrder(sale(stuck, "34.93").build());

    payments.revokeOrder(ImmutableRevokeOrder.builder().merchantOrderNo(stuck).build());

    assertThat(awaitEnd(stuck).transStatus()).isEqualTo(TransStatus.FAILED);
    assertRefused(() -> payments.revokeOrder(ImmutableRevokeOrder.builder().merchantOrderNo(orderNo() + "X").build()),
        "E09002");
  }

  // ---- CloudPay: wisehub.cloud.pay.order, wisehub.cloud.pay.close, tip.adjustment, batch.close

  @Test
  void createOrderPushesOnceAndRefusesTheSameOrderNumber() throws Exception {
    String orderNo = orderNo();

    var pushed = cloudPay.createOrder(sale(orderNo, "12.00").cashbackAmount(new BigDecimal("0.00"))
        .orderQueueMode("FIFO").rejectTradeWhenTerminalOffline(false).onScreenTip(false).build());

    assertThat(pushed.transNo()).matches("\\d{20}");
    assertThat(awaitEnd(orderNo).transStatus()).isEqualTo(TransStatus.SUCCESS);
    assertRefused(() -> cloudPay.createOrder(sale(orderNo, "12.00").build()), "E09001");
  }

  @Test
  void closeOrderClosesAWaitingOrderAndRefusesAFinishedOne() throws Exception {
    String waiting = orderNo();
    cloudPay.createOrder(sale(waiting, "7.93").build());

    var closed = cloudPay.closeOrder(ImmutableCloseOrder.builder().terminalSn(TERMINAL)
        .messageReceivingApplication("CodePay Register").merchantOrderNo(waiting).build());

    assertThat(closed.transNo()).isPresent();
    assertThat(awaitEnd(waiting).transErrorCode()).contains("CLOSED");
    String paid = paidSale("7.00");
    assertRefused(() -> cloudPay.closeOrder(ImmutableCloseOrder.builder().terminalSn(TERMINAL)
        .messageReceivingApplication("CodePay Register").merchantOrderNo(paid).build()), "E09003");
  }

  @Test
  void adjustTipChangesThePaidAmountAndRefusesAnUnknownOrder() throws Exception {
    String orderNo = paidSale("30.00");

    cloudPay.adjustTip(ImmutableAdjustTip.builder().merchantOrderNo(orderNo)
        .tipAdjustmentAmount(new BigDecimal("4.50")).build());

    assertThat(awaitEnd(orderNo).transAmount()).contains(new BigDecimal("34.50"));
    assertRefused(() -> cloudPay.adjustTip(ImmutableAdjustTip.builder().merchantOrderNo(orderNo() + "X")
        .tipAdjustmentAmount(BigDecimal.ONE).build()), "E09002");
  }

  @Test
  void closeBatchSettlesAndRefusesATerminalNumberTooLong() throws Exception {
    paidSale("3.00");

    var closed = cloudPay.closeBatch(ImmutableCloseBatch.builder().terminalSn(TERMINAL).build());

    assertThat(closed.settleList()).hasValueSatisfying(list -> assertThat(list).contains("\"price_currency\""));
    // The model stops what the gateway would refuse: nothing is sent.
    assertThatThrownBy(() -> cloudPay.closeBatch(ImmutableCloseBatch.builder().terminalSn("T".repeat(33)).build()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("terminalSn breaks rule MAX_LENGTH");
  }

  // ---- OnlineCheckout: pay.checkout, pay.merchant.checkout, pay.unifiedorder

  private static ImmutableHostedCheckout.Builder hosted(String orderNo) {
    return ImmutableHostedCheckout.builder().merchantOrderNo(orderNo).priceCurrency("USD")
        .orderAmount(new BigDecimal("59.00")).description("Two mugs and a teapot").expires(600)
        .returnUrl("https://shop.example/thanks").notifyUrl(inbox.notifyUrl());
  }

  @Test
  void aHostedCheckoutIsPaidOnItsPageNotifiedAndRefusedTwice() throws Exception {
    String orderNo = orderNo();
    String detail = OrderDetail.general()
        .item(new OrderDetail.Item("MUG", 2, new BigDecimal("12.00"), new BigDecimal("24.00"), "Mug", null))
        .item(new OrderDetail.Item("POT", 1, new BigDecimal("35.00"), new BigDecimal("35.00"), "Teapot", null))
        .shipTo("US", "CA").allow(PaymentOption.CARD, PaymentOption.APPLE_PAY).build().toJson();

    CheckoutPage page = online.createCheckout(hosted(orderNo).orderDetail(detail)
        .extParams(java.util.Map.of("channel", "web")).build());
    assertThat(browser.open(page.payUrl())).contains("USD 59.00");
    CustomerBrowser.Page paid = browser.choose(page.payUrl(), "pay");

    assertThat(paid.location()).isEqualTo("https://shop.example/thanks");
    Transaction payment = awaitEnd(orderNo);
    assertThat(payment.transStatus()).isEqualTo(TransStatus.SUCCESS);
    VerifiedNotification notification = inbox.await(payment.transNo(), WAIT);
    assertThat(notification).isNotNull();
    notification.checkOrder("USD", new BigDecimal("59.00"));
    assertRefused(() -> online.createCheckout(hosted(orderNo).build()), "E09001");
  }

  @Test
  void aMerchantCheckoutWithATestCardPaysAtOnceAndNotifies() throws Exception {
    String orderNo = orderNo();

    MerchantCheckoutResult result = online.checkoutCard(
        Tour.checkout(orderNo, Tour.card(Tour.PAID_PAN)).notifyUrl(inbox.notifyUrl()).build());

    assertThat(result.transStatus()).isEqualTo(TransStatus.SUCCESS);
    assertThat(result.redirectUrl3dsecure()).isEmpty();
    assertThat(result.transEndTime()).isPresent();
    assertThat(inbox.await(result.transNo(), WAIT)).isNotNull();
    assertThat(awaitEnd(orderNo).transStatus()).isEqualTo(TransStatus.SUCCESS);
  }

  @Test
  void aDeclinedCardFailsTheCheckoutAndAReusedOrderNumberIsRefused() throws Exception {
    String orderNo = orderNo();

    MerchantCheckoutResult result = online.checkoutCard(Tour.checkout(orderNo, Tour.card(Tour.DECLINED_PAN)).build());

    assertThat(result.transStatus()).isEqualTo(TransStatus.FAILED);
    assertThat(awaitEnd(orderNo).transErrorCode()).contains("CARD_DECLINED");
    assertRefused(() -> online.checkoutCard(Tour.checkout(orderNo, Tour.card(Tour.PAID_PAN)).build()), "E09001");
  }

  @Test
  void theThreeDSecureCardPaysOnceTheCustomerPassesTheChallenge() throws Exception {
    String orderNo = orderNo();

    MerchantCheckoutResult result = online.checkoutCard(Tour.checkout(orderNo, Tour.card("4000000000003220")).build());

    assertThat(result.transStatus().isPending()).isTrue();
    String challenge = result.redirectUrl3dsecure().orElseThrow();
    assertThat(browser.choose(challenge, "pay").location()).isEqualTo("https://shop.example/return");
    assertThat(awaitEnd(orderNo).transStatus()).isEqualTo(TransStatus.SUCCESS);
  }

  @Test
  void aClientConfiguredForAesSendsCardsTheSandboxDecryptsWithTheAppKey() throws Exception {
    String orderNo = orderNo();

    MerchantCheckoutResult result = aesClient.create(OnlineCheckout.class)
        .checkoutCard(Tour.checkout(orderNo, Tour.card(Tour.PAID_PAN)).build());

    assertThat(result.transStatus()).isEqualTo(TransStatus.SUCCESS);
  }

  @Test
  void aCardOpensslEncryptedWithTheGatewayKeyIsAcceptedByTheSandbox() throws Exception {
    String card = "{\"card_type\":\"CREDIT\",\"pan\":\"4242424242424242\",\"expiry\":\"1230\",\"cvv\":\"123\"}";
    byte[] chunk = OpensslCli.rsaOaepEncrypt(card.getBytes(StandardCharsets.UTF_8),
        Fixtures.path(Fixtures.GATEWAY_PUBLIC).toString());
    CodePaySandbox withFixtureKey = CodePaySandbox.builder().merchantPublicKey(SignedAnswers.merchantPublicKey())
        .gatewayPrivateKey(org.codepaygen.runtime.keys.CodePayKeys.privateKey(
            Fixtures.text(Fixtures.GATEWAY_PRIVATE_PKCS8))).notificationDelay(Duration.ofMillis(100)).start();
    try (withFixtureKey;
        CodePayClient fixtureClient = CodePayClient.builder().baseUrl(withFixtureKey.baseUrl())
            .appId(withFixtureKey.appId()).merchantNo(withFixtureKey.merchantNo())
            .merchantPrivateKey(SignedAnswers.merchantPrivateKey())
            .gatewayPublicKey(withFixtureKey.gatewayPublicKey())
            .trustCertificatePem(withFixtureKey.certificatePem()).build()) {
      ObjectNode params = CodePayJson.mapper().createObjectNode()
          .put("merchant_order_no", orderNo()).put("price_currency", "USD").put("order_amount", "9.00")
          .put("description", "Tea").put("expires", 600).put("return_url", "https://shop.example/return")
          .put("enc_type", "RSA").put("card", Base64.getEncoder().encodeToString(chunk));

      VerifiedAnswer answer = fixtureClient.call("pay.merchant.checkout", params);

      assertThat(answer.data().get("trans_status").asInt()).isEqualTo(2);
    }
  }

  @Test
  void aPaymentLinkIsPaidOnItsPageAndRefusedTwice() throws Exception {
    String orderNo = orderNo();
    ImmutableUnifiedOrder order = ImmutableUnifiedOrder.builder().merchantOrderNo(orderNo).priceCurrency("USD")
        .orderAmount(new BigDecimal("15.00")).description("Gift card").payMethodId("ALIPAY")
        .returnUrl("https://shop.example/thanks").build();

    PaymentLink link = online.createPaymentLink(order);
    browser.choose(link.payUrl().orElseThrow(), "pay");

    assertThat(link.transAmount()).contains(new BigDecimal("15.00"));
    assertThat(awaitEnd(orderNo).transStatus()).isEqualTo(TransStatus.SUCCESS);
    assertRefused(() -> online.createPaymentLink(order), "E09001");
  }

  // ---- QrPay: bscanc.pay.submit, cscanb.pay.getqrcode

  @Test
  void aScannedWalletCodePaysAfterTheWalletConfirmsAndIsRefusedTwice() throws Exception {
    String orderNo = orderNo();
    var payment = ImmutableScannedCodePayment.builder().authCode("284761930284761930").merchantOrderNo(orderNo)
        .priceCurrency("USD").orderAmount(new BigDecimal("4.20")).description("Coffee").build();

    QrPayment answer = qrPay.chargeScannedCode(payment);

    assertThat(answer.transNo()).matches("\\d{20}");
    assertThat(awaitEnd(orderNo).transStatus()).isEqualTo(TransStatus.SUCCESS);
    assertRefused(() -> qrPay.chargeScannedCode(payment), "E09001");
    assertThatThrownBy(() -> ImmutableScannedCodePayment.builder().authCode("12345").merchantOrderNo(orderNo())
        .priceCurrency("USD").orderAmount(BigDecimal.ONE).description("Coffee").build())
        .hasMessageContaining("authCode breaks rule PATTERN");
  }

  @Test
  void aQrCodeIsPaidByTheCustomerWhoScansItAndRefusedTwice() throws Exception {
    String orderNo = orderNo();
    var order = ImmutableQrCodeOrder.builder().merchantOrderNo(orderNo).priceCurrency("USD")
        .orderAmount(new BigDecimal("8.00")).description("Coffee").notifyUrl(inbox.notifyUrl()).build();

    QrCode code = qrPay.createQrCode(order);
    browser.choose(code.qrcodeUrl(), "pay");

    assertThat(awaitEnd(orderNo).transStatus()).isEqualTo(TransStatus.SUCCESS);
    assertThat(inbox.await(code.transNo(), WAIT)).isNotNull();
    assertRefused(() -> qrPay.createQrCode(order), "E09001");
  }

  private static byte[] pngOrThrow() {
    try {
      return Tour.png();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // ---- file.upload (a generated multipart endpoint; CodePayClient.uploadImage is its shortcut)

  @Test
  void anImageIsUploadedAndOneSignedWithAnotherKeyIsRefused() throws Exception {
    UploadImage logo = ImmutableUploadImage.builder()
        .institutionNo("INST0001").fileData(FileData.of("logo.png", Tour.png())).build();
    String generatedKey = cloudPay.uploadImage(logo).fileKey();
    String shortcutKey = client.uploadImage("INST0001", "logo.png", Tour.png());
    assertThat(sandbox.uploadedFile(generatedKey)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(pngOrThrow()));
    assertThat(sandbox.uploadedFile(shortcutKey)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(pngOrThrow()));
    try (CodePayClient stranger = CodePayClient.builder().baseUrl(sandbox.baseUrl()).appId(sandbox.appId())
        .merchantNo(sandbox.merchantNo()).merchantPrivateKey(SignedAnswers.generate().getPrivate())
        .gatewayPublicKey(sandbox.gatewayPublicKey()).trustCertificatePem(sandbox.certificatePem()).build()) {
      CloudPay strangers = stranger.create(CloudPay.class);
      assertRefused(() -> strangers.uploadImage(logo), "E05001");
      assertRefused(() -> stranger.uploadImage("INST0001", "logo.png", pngOrThrow()), "E05001");
    }
  }
}
