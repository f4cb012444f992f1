package org.codepaygen.sandbox.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.sandbox.state.NewTransaction;
import org.codepaygen.sandbox.state.OrderBook;
import org.codepaygen.sandbox.state.StateException;
import org.codepaygen.sandbox.state.TransType;
import org.codepaygen.sandbox.state.TransactionView;

/** {@code order.refund.submit}: a refund of a completed payment, without the terminal. */
final class RefundHandlers {
  private final OrderBook book;

  RefundHandlers(OrderBook book) {
    this.book = book;
  }

  /**
   * Refunds {@code trans_amount}; {@code order_amount} is checked for form only, since the sources do not say what
   * the gateway compares it with.
   */
  ObjectNode submit(WireRequest request) throws GatewayException {
    String origOrderNo = request.value("orig_merchant_order_no");
    String origTransNo = request.value("orig_trans_no");
    if (origOrderNo == null && origTransNo == null) {
      throw new GatewayException(ErrorCode.MISSING_PARAMETER, "orig_merchant_order_no or orig_trans_no");
    }
    String merchantNo = request.value("merchant_no");
    String currency = request.value("price_currency");
    int digits = Amounts.fractionDigits(currency);
    Amounts.parse(request, "order_amount", digits, false);
    TransactionView original = book.find(merchantNo, origOrderNo, origTransNo)
        .orElseThrow(() -> new GatewayException(ErrorCode.TRANSACTION_NOT_FOUND, "the original transaction"));
    NewTransaction refund = new NewTransaction(
        merchantNo, request.value("merchant_order_no"), TransType.REFUND, currency, digits,
        Amounts.parse(request, "trans_amount", digits, false), null, original.terminalSn(), original.storeNo(),
        original.payScenario(), original.payMethodId(), request.value("description"), null,
        PaymentHandlers.notifyUrl(request),
        new NewTransaction.OriginalRef(origOrderNo, origTransNo), request.requestId());
    TransactionView created;
    try {
      created = book.create(refund);
    } catch (StateException refused) {
      throw StateErrors.toGateway(refused);
    }
    ObjectNode data = CodePayJson.mapper().createObjectNode();
    data.put("trans_no", created.transNo());
    data.put("trans_amount", created.transAmount());
    return data;
  }
}
