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
  /** When the terminal completes it, or when its customer session expires; {@code null} when neither applies. */
  final Instant completesAt;
  /** The customer's page, or {@code null} when no customer acts on this transaction. */
  final Session session;
  int status = TransStatus.PUSHED;
  BigDecimal tipAmount;
  BigDecimal transAmount;
  BigDecimal reserved;
  Instant endTime;
  String errorCode;
  String errorMessage;
  boolean settled;
  /** On a pre-auth: taken by a cancel or completion, pending or done; a failed one gives it back. */
  boolean taken;

  Transaction(
      String transNo, String messageId, NewTransaction request, Transaction original, Outcome outcome,
      Instant createdAt, Instant completesAt, Session session) {
    this.transNo = transNo;
    this.messageId = messageId;
    this.request = request;
    this.original = original;
    this.outcome = outcome;
    this.createdAt = createdAt;
    this.completesAt = completesAt;
    this.session = session;
    int scale = request.fractionDigits();
    this.tipAmount = request.tipAmount() == null ? BigDecimal.ZERO.setScale(scale) : request.tipAmount();
    this.transAmount = request.transAmount();
    this.reserved = BigDecimal.ZERO.setScale(scale);
  }

  /** The page a customer acts on: its token and whether it still waits for the customer. */
  static final class Session {
    final String token;
    final Completion.ByCustomer settings;
    boolean awaitingCustomer = true;

    Session(String token, Completion.ByCustomer settings) {
      this.token = token;
      this.settings = settings;
    }
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
        request.payScenario(), request.payMethodId(), request.description(), request.attach(), request.notifyUrl(),
        createdAt, endTime, errorCode, errorMessage, original == null ? null : original.transNo,
        original == null ? null : original.request.merchantOrderNo(), reserved, settled, request.requestId());
  }

  CustomerSession sessionView() {
    Completion.ByCustomer settings = session.settings;
    return new CustomerSession(session.token, settings.kind(), settings.returnUrl(), completesAt,
        settings.orderDetail(), session.awaitingCustomer && status == TransStatus.PUSHED, view());
  }
}
