package org.codepaygen.sandbox.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.temporal.ChronoUnit;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.rules.CodePayDates;
import org.codepaygen.sandbox.state.TransStatus;
import org.codepaygen.sandbox.state.TransactionView;

/** The query-style fields of a transaction, as {@code order.query} answers them and notifications carry them. */
public final class TransactionFields {
  private TransactionFields() {}

  /** Amounts are JSON numbers at the currency's scale, dates UTC; absent values are omitted. */
  public static ObjectNode of(TransactionView view) {
    ObjectNode fields = CodePayJson.mapper().createObjectNode();
    fields.put("trans_no", view.transNo());
    fields.put("trans_type", view.type().code());
    fields.put("trans_status", view.status());
    fields.put("merchant_no", view.merchantNo());
    putIfPresent(fields, "merchant_order_no", view.merchantOrderNo());
    fields.put("price_currency", view.currency());
    fields.put("order_amount", view.orderAmount());
    fields.put("tip_amount", view.tipAmount());
    fields.put("trans_amount", view.transAmount());
    putIfPresent(fields, "store_no", view.storeNo());
    putIfPresent(fields, "terminal_sn", view.terminalSn());
    putIfPresent(fields, "pay_scenario", view.payScenario());
    if (view.status() == TransStatus.SUCCESS || view.status() == TransStatus.CANCELLED) {
      fields.put("pay_method_id", view.payMethodId() != null ? view.payMethodId()
          : "SWIPE_CARD".equals(view.payScenario()) ? "VISA" : "WECHATPAY");
    }
    putIfPresent(fields, "description", view.description());
    putIfPresent(fields, "attach", view.attach());
    fields.put("create_time", CodePayDates.formatDateTime(view.createdAt().truncatedTo(ChronoUnit.SECONDS)));
    if (view.endTime() != null) {
      fields.put("trans_end_time", CodePayDates.formatDateTime(view.endTime().truncatedTo(ChronoUnit.SECONDS)));
    }
    putIfPresent(fields, "trans_error_code", view.errorCode());
    putIfPresent(fields, "trans_error_msg", view.errorMessage());
    putIfPresent(fields, "orig_trans_no", view.origTransNo());
    putIfPresent(fields, "orig_merchant_order_no", view.origMerchantOrderNo());
    return fields;
  }

  private static void putIfPresent(ObjectNode fields, String name, String value) {
    if (value != null && !value.isEmpty()) {
      fields.put(name, value);
    }
  }
}
