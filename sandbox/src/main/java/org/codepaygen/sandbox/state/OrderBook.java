package org.codepaygen.sandbox.state;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.function.Consumer;
import org.codepaygen.sandbox.state.StateException.Reason;

/**
 * Every transaction the sandbox knows, with its state machine: created at 9, completed by the simulated terminal
 * once the completion delay has passed on the clock (by {@link #completeDue}), closable only while 9, reversible
 * (void, refund, revoke) only after success and never beyond what was paid.
 *
 * <p>One lock guards everything, so each operation sees and leaves a consistent book. Memory is bounded: beyond
 * {@code maxOrders} transactions the oldest are forgotten (a forgotten merchant_order_no can be used again).
 * Listeners hear about completions after the lock is released.
 */
public final class OrderBook {
  private final int maxOrders;
  private final Duration completionDelay;
  private final Clock clock;
  private final SerialNumbers transNumbers;
  private final Consumer<TransactionView> onCompleted;
  private final Object lock = new Object();
  private final LinkedHashMap<String, Transaction> byTransNo = new LinkedHashMap<>();
  private final Map<String, Transaction> byOrderNo = new HashMap<>();
  private final PriorityQueue<Transaction> due =
      new PriorityQueue<>(Comparator.comparing((Transaction t) -> t.completesAt));

  /**
   * @param completionDelay how long, on {@code clock}, the terminal takes to complete a transaction
   * @param onCompleted told of every transaction the terminal completed, outside the lock
   */
  public OrderBook(int maxOrders, Duration completionDelay, Clock clock, Consumer<TransactionView> onCompleted) {
    if (maxOrders < 1) {
      throw new IllegalArgumentException("maxOrders must be at least 1, was " + maxOrders);
    }
    this.maxOrders = maxOrders;
    this.completionDelay = completionDelay;
    this.clock = clock;
    this.transNumbers = new SerialNumbers(clock);
    this.onCompleted = onCompleted;
  }

  /** Creates a sale, void or refund at status 9; a void or refund reserves its amount on the original at once. */
  public TransactionView create(NewTransaction request) throws StateException {
    completeDue();
    return create(request, null);
  }

  private TransactionView create(NewTransaction request, Outcome forced) throws StateException {
    synchronized (lock) {
      if (request.merchantOrderNo() != null
          && byOrderNo.containsKey(orderKey(request.merchantNo(), request.merchantOrderNo()))) {
        throw new StateException(Reason.DUPLICATE_ORDER, "merchant_order_no");
      }
      Transaction original = request.type() == TransType.SALE ? null : reserveOnOriginal(request);
      Outcome outcome = forced != null ? forced : Outcome.forAmount(request.transAmount(), request.fractionDigits());
      Instant now = clock.instant();
      Transaction created = new Transaction(
          transNumbers.next(), UUID.randomUUID().toString().replace("-", ""), request, original, outcome, now,
          now.plus(completionDelay));
      add(created);
      return created.view();
    }
  }

  private Transaction reserveOnOriginal(NewTransaction request) throws StateException {
    Transaction original = lookUp(request.merchantNo(), request.original().merchantOrderNo(),
        request.original().transNo());
    if (original == null) {
      throw new StateException(Reason.NOT_FOUND, "the original transaction");
    }
    if (original.request.type() != TransType.SALE || original.status != TransStatus.SUCCESS) {
      throw new StateException(Reason.INVALID_STATUS, "the original payment has not succeeded");
    }
    if (!original.request.currency().equals(request.currency())) {
      throw new StateException(Reason.CURRENCY_MISMATCH, "price_currency");
    }
    BigDecimal amount = request.transAmount();
    boolean fits = request.type() == TransType.VOID
        ? original.reserved.signum() == 0 && amount.compareTo(original.transAmount) == 0
        : amount.compareTo(original.refundable()) <= 0;
    if (!fits) {
      throw new StateException(Reason.AMOUNT_NOT_REFUNDABLE, request.type() == TransType.VOID
          ? "a void reverses the whole unrefunded payment" : "the refunds would exceed the paid amount");
    }
    original.reserved = original.reserved.add(amount);
    return original;
  }

  private void add(Transaction created) {
    byTransNo.put(created.transNo, created);
    if (created.request.merchantOrderNo() != null) {
      byOrderNo.put(orderKey(created.request.merchantNo(), created.request.merchantOrderNo()), created);
    }
    if (created.outcome != Outcome.NEVER_COMPLETES) {
      due.add(created);
    }
    Iterator<Transaction> oldest = byTransNo.values().iterator();
    while (byTransNo.size() > maxOrders) {
      Transaction evicted = oldest.next();
      oldest.remove();
      if (evicted.request.merchantOrderNo() != null) {
        byOrderNo.remove(orderKey(evicted.request.merchantNo(), evicted.request.merchantOrderNo()));
      }
      due.remove(evicted);
    }
  }

  /** Finds a transaction by merchant_order_no, else by trans_no; either may be {@code null}. */
  public Optional<TransactionView> find(String merchantNo, String merchantOrderNo, String transNo) {
    completeDue();
    synchronized (lock) {
      return Optional.ofNullable(lookUp(merchantNo, merchantOrderNo, transNo)).map(Transaction::view);
    }
  }

  /** Closes a transaction still at status 9. */
  public TransactionView close(String merchantNo, String merchantOrderNo) throws StateException {
    completeDue();
    synchronized (lock) {
      Transaction transaction = require(merchantNo, merchantOrderNo);
      if (transaction.status != TransStatus.PUSHED) {
        throw new StateException(Reason.INVALID_STATUS, "only a transaction at trans_status 9 can be closed");
      }
      closeLocked(transaction);
      return transaction.view();
    }
  }

  /**
   * Undoes a payment: closes it while 9, refunds what is left once paid, and otherwise leaves it as it is. The refund
   * carries {@code requestId}, the revoke request's {@code Http-Request-Psn}.
   */
  public TransactionView revoke(String merchantNo, String merchantOrderNo, String requestId) throws StateException {
    completeDue();
    synchronized (lock) {
      Transaction payment = require(merchantNo, merchantOrderNo);
      if (payment.request.type() != TransType.SALE) {
        throw new StateException(Reason.INVALID_STATUS, "only a payment can be revoked");
      }
      if (payment.status == TransStatus.PUSHED) {
        closeLocked(payment);
        return payment.view();
      }
      if (payment.status != TransStatus.SUCCESS || payment.refundable().signum() == 0) {
        return payment.view();
      }
      NewTransaction paid = payment.request;
      NewTransaction refund = new NewTransaction(
          merchantNo, null, TransType.REFUND, paid.currency(), paid.fractionDigits(), payment.refundable(), null,
          paid.terminalSn(), paid.storeNo(), paid.payScenario(), "revoke", null, paid.notifyUrl(),
          new NewTransaction.OriginalRef(null, payment.transNo), requestId);
      // The revoke refund always succeeds: an undo that can itself be declined would leave nothing to fall back on.
      create(refund, Outcome.SUCCESS);
      return payment.view();
    }
  }

  /** Sets the tip of a successful payment that is not settled and has no refund or void. */
  public TransactionView adjustTip(String merchantNo, String merchantOrderNo, BigDecimal tip) throws StateException {
    completeDue();
    synchronized (lock) {
      Transaction payment = require(merchantNo, merchantOrderNo);
      if (payment.request.type() != TransType.SALE || payment.status != TransStatus.SUCCESS || payment.settled
          || payment.reserved.signum() != 0) {
        throw new StateException(
            Reason.INVALID_STATUS, "only a successful, unsettled, unrefunded payment takes a tip adjustment");
      }
      payment.tipAmount = tip;
      payment.transAmount = payment.request.orderAmount().add(tip);
      return payment.view();
    }
  }

  /** Settles every successful, unsettled transaction of the terminal and returns them. */
  public List<TransactionView> closeBatch(String merchantNo, String terminalSn) {
    completeDue();
    synchronized (lock) {
      List<TransactionView> settled = new ArrayList<>();
      for (Transaction transaction : byTransNo.values()) {
        if (transaction.request.merchantNo().equals(merchantNo)
            && terminalSn.equals(transaction.request.terminalSn())
            && transaction.status == TransStatus.SUCCESS
            && !transaction.settled) {
          transaction.settled = true;
          settled.add(transaction.view());
        }
      }
      return settled;
    }
  }

  /** Lets the simulated terminal finish every transaction whose delay has passed on the clock. */
  public void completeDue() {
    List<TransactionView> completed = new ArrayList<>();
    synchronized (lock) {
      Instant now = clock.instant();
      while (!due.isEmpty() && !due.peek().completesAt.isAfter(now)) {
        Transaction transaction = due.poll();
        if (transaction.status == TransStatus.PUSHED) {
          complete(transaction, now);
          completed.add(transaction.view());
        }
      }
    }
    completed.forEach(onCompleted);
  }

  /** How many transactions are held. */
  public int size() {
    synchronized (lock) {
      return byTransNo.size();
    }
  }

  private void complete(Transaction transaction, Instant now) {
    Outcome outcome = transaction.outcome;
    if (outcome != Outcome.SUCCESS) {
      transaction.end(TransStatus.CLOSED_OR_FAILED, now, outcome.errorCode(), outcome.errorMessage());
      release(transaction);
      return;
    }
    transaction.end(TransStatus.SUCCESS, now, null, null);
    if (transaction.request.type() == TransType.VOID) {
      transaction.original.end(TransStatus.CANCELLED, now, null, null);
    }
  }

  private void closeLocked(Transaction transaction) {
    transaction.end(TransStatus.CLOSED_OR_FAILED, clock.instant(), "CLOSED", "Closed by the merchant");
    due.remove(transaction);
    release(transaction);
  }

  /** A void or refund that did not happen gives its amount back to the original payment. */
  private static void release(Transaction transaction) {
    if (transaction.original != null) {
      transaction.original.reserved = transaction.original.reserved.subtract(transaction.transAmount);
    }
  }

  private Transaction require(String merchantNo, String merchantOrderNo) throws StateException {
    Transaction transaction = lookUp(merchantNo, merchantOrderNo, null);
    if (transaction == null) {
      throw new StateException(Reason.NOT_FOUND, "merchant_order_no");
    }
    return transaction;
  }

  private Transaction lookUp(String merchantNo, String merchantOrderNo, String transNo) {
    Transaction transaction = merchantOrderNo != null
        ? byOrderNo.get(orderKey(merchantNo, merchantOrderNo))
        : transNo == null ? null : byTransNo.get(transNo);
    if (transaction == null || !transaction.request.merchantNo().equals(merchantNo)) {
      return null;
    }
    // Both numbers given must name the same transaction.
    return transNo == null || transaction.transNo.equals(transNo) ? transaction : null;
  }

  private static String orderKey(String merchantNo, String merchantOrderNo) {
    return merchantNo + '\n' + merchantOrderNo;
  }
}
