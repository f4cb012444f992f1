package org.codepaygen.sandbox.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.codepaygen.sandbox.state.OrderBook;
import org.codepaygen.sandbox.state.TransType;
import org.codepaygen.sandbox.state.TransactionView;

/** {@code order.query} (any transaction) and {@code order.refund.query} (refunds and voids only). */
final class QueryHandlers {
  private final OrderBook book;

  QueryHandlers(OrderBook book) {
    this.book = book;
  }

  ObjectNode query(WireRequest request) throws GatewayException {
    return TransactionFields.of(find(request));
  }

  ObjectNode queryRefund(WireRequest request) throws GatewayException {
    TransactionView refund = find(request);
    if (!refund.type().isReversal()) {
      throw new GatewayException(ErrorCode.TRANSACTION_NOT_FOUND, "no refund has this number");
    }
    return TransactionFields.of(refund);
  }

  private TransactionView find(WireRequest request) throws GatewayException {
    String orderNo = request.value("merchant_order_no");
    String transNo = request.value("trans_no");
    if (orderNo == null && transNo == null) {
      throw new GatewayException(ErrorCode.MISSING_PARAMETER, "merchant_order_no or trans_no");
    }
    return book.find(request.value("merchant_no"), orderNo, transNo)
        .orElseThrow(() -> new GatewayException(ErrorCode.TRANSACTION_NOT_FOUND));
  }
}
