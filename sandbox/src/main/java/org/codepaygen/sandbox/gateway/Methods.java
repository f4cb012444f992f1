package org.codepaygen.sandbox.gateway;

import static org.codepaygen.sandbox.gateway.Field.optional;
import static org.codepaygen.sandbox.gateway.Field.required;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.codepaygen.sandbox.state.OrderBook;

/**
 * The methods of {@code /api/entry} (protocol §5) with their business parameters. Lengths the sources do not give
 * are this sandbox's choice: description ≤ 256, attach ≤ 512, notify_url ≤ 256, amounts ≤ 12 integer digits.
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

  private Methods() {}

  static Map<String, Method> entry(OrderBook book) {
    PaymentHandlers payments = new PaymentHandlers(book);
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
        new Method("batch.close", List.of(MERCHANT_NO, TERMINAL_SN), payments::closeBatch));
    return methods.stream().collect(Collectors.toUnmodifiableMap(Method::name, method -> method));
  }
}
