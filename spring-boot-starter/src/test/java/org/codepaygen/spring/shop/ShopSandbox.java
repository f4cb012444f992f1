package org.codepaygen.spring.shop;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.card.CardDetails;
import org.codepaygen.runtime.keys.CodePayKeys;
import org.codepaygen.sandbox.CodePaySandbox;

/** The local sandbox the tests' shop talks to, and the {@code codepay.*} properties that reach it. */
public final class ShopSandbox {
  /** The fixture merchant key, where test-fixtures puts it on the class path. */
  public static final String MERCHANT_PRIVATE_KEY_LOCATION =
      "classpath:org/codepaygen/fixtures/" + Fixtures.MERCHANT_PRIVATE_PKCS8;

  /** The user and password the sandbox accepts besides signed requests. */
  public static final String BASIC_USER = "shop";
  public static final String BASIC_PASSWORD = "shop-password";

  private ShopSandbox() {}

  /**
   * A sandbox that signs with the fixture gateway key, so the openssl-signed fixture notifications verify too, and
   * also accepts Basic authentication as {@link #BASIC_USER}.
   */
  public static CodePaySandbox start() {
    return builder().start();
  }

  /** The same sandbox, which also takes cards encrypted with {@code aesKey} (32 bytes). */
  public static CodePaySandbox startWithAesKey(byte[] aesKey) {
    return builder().appAesKey(aesKey).start();
  }

  private static CodePaySandbox.Builder builder() {
    return CodePaySandbox.builder()
        .merchantPublicKey(CodePayKeys.publicKey(Fixtures.text(Fixtures.MERCHANT_PUBLIC)))
        .gatewayPrivateKey(CodePayKeys.privateKey(Fixtures.text(Fixtures.GATEWAY_PRIVATE_PKCS8)))
        .basicAuth(BASIC_USER, BASIC_PASSWORD);
  }

  /**
   * Every property a client of {@code sandbox} needs: the private key by location, the gateway key and the
   * sandbox's certificate as text, as from environment variables.
   */
  public static Map<String, String> properties(CodePaySandbox sandbox) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("codepay.base-url", sandbox.baseUrl());
    properties.put("codepay.app-id", sandbox.appId());
    properties.put("codepay.merchant-no", sandbox.merchantNo());
    properties.put("codepay.merchant-private-key", MERCHANT_PRIVATE_KEY_LOCATION);
    properties.put("codepay.gateway-public-key", sandbox.gatewayPublicKeyPem());
    properties.put("codepay.trusted-certificates[0]", sandbox.certificatePem());
    return properties;
  }

  /** {@code properties} as the {@code name=value} pairs Spring's test runners take. */
  public static String[] propertyValues(Map<String, String> properties) {
    return properties.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
  }

  /** A sale of 12.50 USD pushed to the sandbox's simulated terminal. */
  public static PushOrder sale(String merchantOrderNo) {
    return saleBuilder(merchantOrderNo).build();
  }

  /** The same sale, whose outcome the sandbox POSTs to {@code notifyUrl}. */
  public static PushOrder sale(String merchantOrderNo, String notifyUrl) {
    return saleBuilder(merchantOrderNo).notifyUrl(notifyUrl).build();
  }

  private static ImmutablePushOrder.Builder saleBuilder(String merchantOrderNo) {
    return ImmutablePushOrder.builder()
        .terminalSn("T-100")
        .messageReceivingApplication("Shop")
        .payScenario("SWIPE_CARD")
        .merchantOrderNo(merchantOrderNo)
        .priceCurrency("USD")
        .orderAmount(new BigDecimal("12.50"))
        .transType(TransType.SALE);
  }

  /** A card payment of 12.50 USD with the sandbox's always-paid test card. */
  public static CardPayment cardPayment(String merchantOrderNo) {
    return ImmutableCardPayment.builder()
        .merchantOrderNo(merchantOrderNo)
        .priceCurrency("USD")
        .orderAmount(new BigDecimal("12.50"))
        .description("Card payment")
        .expires(600)
        .returnUrl("https://shop.example/return")
        .card(CardDetails.builder().pan("4242424242424242").expiry(YearMonth.now().plusYears(2)).cvv("737").build())
        .build();
  }

  public static OrderQuery order(String merchantOrderNo) {
    return ImmutableOrderQuery.builder().merchantOrderNo(merchantOrderNo).build();
  }
}
