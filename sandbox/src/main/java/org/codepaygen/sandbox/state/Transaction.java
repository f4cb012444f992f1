package org.codepaygen.sandbox.state;

import java.math.BigDecimal;
import java.time.Instant;

/** One live transaction. Not thread-safe: only {@link OrderBook} touches it, under its lock. */
final class Transaction {
  final String transNo;
  final String messageId;
  final NewTransaction request;
  final Transaction original;
  final Outcome outcome;
  final Instant createdAt;
  final Instant completesAt;
  int status = TransStatus.PUSHED;
  BigDecimal tipAmount;
  BigDecimal transAmount;
  BigDecimal reserved;
  Instant endTime;
  String errorCode;
  String errorMessage;
  boolean settled;

  Transaction(
      String transNo, String messageId, NewTransaction request, Transaction original, Outcome outcome,
      Instant createdAt, Instant completesAt) {
    this.transNo = transNo;
    this.messageId = messageId;
    this.request = request;
    this.original = original;
    this.outcome = outcome;
    this.createdAt = createdAt;
    this.completesAt = completesAt;
    int scale = request.fractionDigits();
    this.tipAmount = request.tipAmount() == null ? BigDecimal.ZERO.setScale(scale) : request.tipAmount();
    this.transAmount = request.transAmount();
    this.reserved = BigDecimal.ZERO.setScale(scale);
  }

  /** What can still be refunded or voided: the paid amount less every refund and void, pending or done. */
  BigDecimal refundable() {
    return transAmount.subtract(reserved);
  }

  void end(int finalStatus, Instant at, String code, String message) {
    status = finalStatus;
    endTime = at;
    errorCode = code;
    errorMessage = message;
  }

  TransactionView view() {
    return new TransactionView(
        transNo, messageId, request.merchantNo(), request.merchantOrderNo(), request.type(), status,
        request.currency(), request.orderAmount(), tipAmount, transAmount, request.terminalSn(), request.storeNo(),
        request.payScenario(), request.description(), request.attach(), request.notifyUrl(), createdAt, endTime,
        errorCode, errorMessage, original == null ? null : original.transNo,
        original == null ? null : original.request.merchantOrderNo(), reserved, settled, request.requestId());
  }
}
