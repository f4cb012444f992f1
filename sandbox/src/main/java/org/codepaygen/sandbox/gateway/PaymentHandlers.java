package org.codepaygen.sandbox.gateway;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.sandbox.notify.LoopbackUrls;
import org.codepaygen.sandbox.state.NewTransaction;
import org.codepaygen.sandbox.state.OrderBook;
import org.codepaygen.sandbox.state.StateException;
import org.codepaygen.sandbox.state.TransType;
import org.codepaygen.sandbox.state.TransactionView;

/**
 * The terminal-facing methods: push an order (sale, void, refund, pre-auth and its cancel or completion), close,
 * revoke, adjust a tip, close a batch.
 */
final class PaymentHandlers {
  /** The simulated terminal is always reachable. */
  private static final int TERMINAL_ONLINE = 1;

  private final OrderBook book;

  PaymentHandlers(OrderBook book) {
    this.book = book;
  }

  ObjectNode payOrder(WireRequest request) throws GatewayException {
    // The field's pattern admits 1 to 6 only, every one a known type.
    TransType type = TransType.of(Integer.parseInt(request.value("trans_type")));
    NewTransaction.OriginalRef original = null;
    if (type.needsOriginal()) {
      String origOrderNo = request.value("orig_merchant_order_no");
      if (origOrderNo == null) {
        throw new GatewayException(ErrorCode.MISSING_PARAMETER, "orig_merchant_order_no");
      }
      original = new NewTransaction.OriginalRef(origOrderNo, null);
    }
    String currency = request.value("price_currency");
    int digits = Amounts.fractionDigits(currency);
    NewTransaction transaction = new NewTransaction(
        request.value("merchant_no"), request.value("merchant_order_no"), type, currency, digits,
        Amounts.parse(request, "order_amount", digits, false), Amounts.parse(request, "tip_amount", digits, true),
        request.value("terminal_sn"), request.value("store_no"), request.value("pay_scenario"), null,
        request.value("description"), request.value("attach"), notifyUrl(request), original, request.requestId());
    TransactionView created = create(transaction);
    ObjectNode data = CodePayJson.mapper().createObjectNode();
    data.put("message_id", created.messageId());
    data.put("trans_no", created.transNo());
    data.put("terminal_online_status", TERMINAL_ONLINE);
    data.put("trans_amount", created.transAmount());
    return data;
  }

  ObjectNode close(WireRequest request) throws GatewayException {
    TransactionView closed;
    try {
      closed = book.close(request.value("merchant_no"), request.value("merchant_order_no"));
    } catch (StateException refused) {
      throw StateErrors.toGateway(refused);
    }
    ObjectNode data = CodePayJson.mapper().createObjectNode();
    data.put("message_id", closed.messageId());
    data.put("trans_no", closed.transNo());
    return data;
  }

  ObjectNode revoke(WireRequest request) throws GatewayException {
    try {
      book.revoke(request.value("merchant_no"), request.value("merchant_order_no"), request.requestId());
    } catch (StateException refused) {
      throw StateErrors.toGateway(refused);
    }
    return null;
  }

  ObjectNode adjustTip(WireRequest request) throws GatewayException {
    String merchantNo = request.value("merchant_no");
    String orderNo = request.value("merchant_order_no");
    TransactionView payment = book.find(merchantNo, orderNo, null)
        .orElseThrow(() -> new GatewayException(ErrorCode.TRANSACTION_NOT_FOUND, "merchant_order_no"));
    BigDecimal tip = Amounts.parse(
        request, "tip_adjustment_amount", Amounts.fractionDigits(payment.currency()), true);
    try {
      book.adjustTip(merchantNo, orderNo, tip);
    } catch (StateException refused) {
      throw StateErrors.toGateway(refused);
    }
    return null;
  }

  /** {@code settle_list} is a JSON-encoded string: one entry per currency and trans_type, with count and sum. */
  ObjectNode closeBatch(WireRequest request) {
    List<TransactionView> settled = book.closeBatch(request.value("merchant_no"), request.value("terminal_sn"));
    Map<String, ObjectNode> totals = new TreeMap<>();
    for (TransactionView view : settled) {
      ObjectNode total = totals.computeIfAbsent(view.currency() + '/' + view.type().code(), key -> {
        ObjectNode entry = CodePayJson.mapper().createObjectNode();
        entry.put("price_currency", view.currency());
        entry.put("trans_type", view.type().code());
        entry.put("count", 0);
        entry.put("total_amount", BigDecimal.ZERO.setScale(view.transAmount().scale()));
        return entry;
      });
      total.put("count", total.get("count").intValue() + 1);
      total.put("total_amount", total.get("total_amount").decimalValue().add(view.transAmount()));
    }
    ArrayNode list = CodePayJson.mapper().createArrayNode();
    totals.values().forEach(list::add);
    ObjectNode data = CodePayJson.mapper().createObjectNode();
    data.put("settle_list", CodePayJson.wireText(list));
    return data;
  }

  private TransactionView create(NewTransaction transaction) throws GatewayException {
    try {
      return book.create(transaction);
    } catch (StateException refused) {
      throw StateErrors.toGateway(refused);
    }
  }

  /** The notify_url, refused unless it is on the loopback (see {@link LoopbackUrls}). */
  static String notifyUrl(WireRequest request) throws GatewayException {
    String url = request.value("notify_url");
    if (url != null && !LoopbackUrls.isAllowed(url)) {
      throw new GatewayException(ErrorCode.NOTIFY_URL_NOT_ALLOWED);
    }
    return url;
  }
}
