package org.codepaygen.sandbox.gateway;

import static org.codepaygen.sandbox.gateway.Field.optional;
import static org.codepaygen.sandbox.gateway.Field.required;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.codepaygen.sandbox.card.CardCipher;
import org.codepaygen.sandbox.state.OrderBook;

/**
 * The methods of {@code /api/entry} (protocol §5, §8) with their business parameters. Lengths the sources do not
 * give are this sandbox's choice: description ≤ 256, attach ≤ 512, notify_url and return_url ≤ 256,
 * ext_params ≤ 1024, order_detail ≤ 8192, card ≤ 4096 (up to 14 RSA blocks), billing and shipping address ≤ 512,
 * amounts ≤ 12 integer digits.
 */
final class Methods {
  static final String FILE_UPLOAD = "file.upload";
  static final List<Field> FILE_UPLOAD_FIELDS = List.of(
      optional("merchant_no", 32),
      required("institution_no", 32),
      required("file_data_hash", 32, Pattern.compile("[0-9a-f]{32}")));

  private static final Field MERCHANT_NO = required("merchant_no", 32);
  private static final Field MERCHANT_ORDER_NO = required("merchant_order_no", 32, Field.ORDER_NO);
  private static final Field TERMINAL_SN = required("terminal_sn", 32);
  private static final Field RECEIVING_APPLICATION = required("message_receiving_application", 32);
  private static final Field CURRENCY = required("price_currency", 3, Field.CURRENCY);
  private static final Field DESCRIPTION = optional("description", 256);
  private static final Field NOTIFY_URL = optional("notify_url", 256);
  private static final int AMOUNT_LENGTH = 17;
  private static final Field ORDER_AMOUNT = required("order_amount", AMOUNT_LENGTH, Field.AMOUNT);
  private static final Field TRANS_AMOUNT = optional("trans_amount", AMOUNT_LENGTH, Field.AMOUNT);
  private static final Field ONLINE_DESCRIPTION = required("description", 256);
  private static final Field EXPIRES = optional("expires", 6, Field.DIGITS);
  private static final Field STORE_NO = optional("store_no", 32);
  private static final Field ATTACH = optional("attach", 512);
  private static final Field TERM_IP = optional("term_ip", 64);
  private static final Pattern COORDINATE = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]{1,8})?");
  private static final Field LONGITUDE = optional("longitude", 16, COORDINATE);
  private static final Field LATITUDE = optional("latitude", 16, COORDINATE);
  private static final Field EXT_PARAMS = optional("ext_params", 1024);
  private static final Field PAY_METHOD_ID = optional("pay_method_id", 32);
  /** What a hosted checkout and a merchant checkout share (protocol §8). */
  private static final List<Field> CHECKOUT_FIELDS = List.of(
      MERCHANT_NO, MERCHANT_ORDER_NO, CURRENCY, ORDER_AMOUNT, ONLINE_DESCRIPTION,
      required("expires", 6, Field.DIGITS), STORE_NO, ATTACH, required("return_url", 256), NOTIFY_URL, TERM_IP,
      LONGITUDE, LATITUDE, EXT_PARAMS);
  /** What both QR methods share; the merchant-scans-customer one adds the {@code auth_code}. */
  private static final List<Field> QR_FIELDS = List.of(
      MERCHANT_NO, PAY_METHOD_ID, MERCHANT_ORDER_NO, CURRENCY, ORDER_AMOUNT, TRANS_AMOUNT, ONLINE_DESCRIPTION,
      EXPIRES, STORE_NO, ATTACH, optional("terminal_sn", 32), TERM_IP, LONGITUDE, LATITUDE, NOTIFY_URL, EXT_PARAMS);
  /** Wallet payment codes: WeChat Pay 18 digits, UnionPay 19, Alipay 16 to 24. */
  private static final Field AUTH_CODE = required("auth_code", 32, Pattern.compile("[0-9]{16,24}"));

  private Methods() {}

  static Map<String, Method> entry(OrderBook book, CustomerUrls urls, CardCipher cipher, Clock clock) {
    PaymentHandlers payments = new PaymentHandlers(book);
    OnlineHandlers online = new OnlineHandlers(book, urls);
    MerchantCheckoutHandler merchantCheckout = new MerchantCheckoutHandler(book, urls, cipher, clock);
    RefundHandlers refunds = new RefundHandlers(book);
    QueryHandlers queries = new QueryHandlers(book);
    List<Method> methods = List.of(
        new Method("wisehub.cloud.pay.order", List.of(
            MERCHANT_NO,
            optional("store_no", 32),
            TERMINAL_SN,
            RECEIVING_APPLICATION,
            required("pay_scenario", 32, Pattern.compile("SWIPE_CARD|BSCANQR_PAY|SCANQR_PAY")),
            MERCHANT_ORDER_NO,
            CURRENCY,
            required("order_amount", AMOUNT_LENGTH, Field.AMOUNT),
            optional("tip_amount", AMOUNT_LENGTH, Field.AMOUNT),
            required("trans_type", 1, Pattern.compile("[1-6]")),
            optional("orig_merchant_order_no", 32, Field.ORDER_NO),
            DESCRIPTION,
            optional("attach", 512),
            NOTIFY_URL,
            optional("expires", 6, Field.DIGITS),
            optional("on_screen_tip", 5, Pattern.compile("true|false")),
            optional("receipt_print_mode", 1, Pattern.compile("[0-3]")),
            optional("card_type", 1, Pattern.compile("[1-4]"))),
            payments::payOrder),
        new Method("wisehub.cloud.pay.close",
            List.of(MERCHANT_NO, TERMINAL_SN, RECEIVING_APPLICATION, MERCHANT_ORDER_NO, DESCRIPTION),
            payments::close),
        new Method("order.query", List.of(
            MERCHANT_NO,
            optional("merchant_order_no", 32, Field.ORDER_NO),
            optional("trans_no", 32, Field.DIGITS)),
            queries::query),
        new Method("order.refund.submit", List.of(
            MERCHANT_NO,
            optional("orig_merchant_order_no", 32, Field.ORDER_NO),
            optional("orig_trans_no", 32, Field.DIGITS),
            MERCHANT_ORDER_NO,
            CURRENCY,
            required("order_amount", AMOUNT_LENGTH, Field.AMOUNT),
            required("trans_amount", AMOUNT_LENGTH, Field.AMOUNT),
            DESCRIPTION,
            NOTIFY_URL),
            refunds::submit),
        new Method("order.refund.query", List.of(
            MERCHANT_NO,
            optional("merchant_order_no", 32, Field.ORDER_NO),
            optional("trans_no", 32, Field.DIGITS)),
            queries::queryRefund),
        new Method("order.revoker", List.of(MERCHANT_NO, MERCHANT_ORDER_NO), payments::revoke),
        new Method("tip.adjustment", List.of(
            MERCHANT_NO,
            MERCHANT_ORDER_NO,
            required("tip_adjustment_amount", AMOUNT_LENGTH, Field.AMOUNT)),
            payments::adjustTip),
        new Method("batch.close", List.of(MERCHANT_NO, TERMINAL_SN), payments::closeBatch),
        new Method("pay.checkout", with(CHECKOUT_FIELDS, optional("order_detail", 8192)), online::checkout),
        new Method("pay.merchant.checkout", with(CHECKOUT_FIELDS,
            required("card", 4096), required("enc_type", 3, Pattern.compile("RSA|AES")),
            optional("billing_address", 512), optional("shipping_address", 512)),
            merchantCheckout::checkout),
        new Method("pay.unifiedorder", List.of(
            MERCHANT_NO, MERCHANT_ORDER_NO, CURRENCY, ORDER_AMOUNT, TRANS_AMOUNT, ONLINE_DESCRIPTION,
            optional("terminal_type", 32), EXPIRES, STORE_NO, PAY_METHOD_ID, optional("sub_pay_method_id", 32),
            ATTACH, optional("return_url", 256), NOTIFY_URL, optional("os_type", 32), TERM_IP,
            optional("browser_head_user_agent", 512), optional("language", 16),
            optional("wechatpay_product_type", 32), optional("sub_appid", 64), optional("sub_openid", 128),
            EXT_PARAMS),
            online::unifiedOrder),
        new Method("bscanc.pay.submit", with(QR_FIELDS, AUTH_CODE), online::scanSubmit),
        new Method("cscanb.pay.getqrcode", QR_FIELDS, online::qrCode));
    return methods.stream().collect(Collectors.toUnmodifiableMap(Method::name, method -> method));
  }

  private static List<Field> with(List<Field> fields, Field... more) {
    List<Field> all = new ArrayList<>(fields);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }
}
