package org.codepaygen.sandbox.state;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
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
 * once the completion delay has passed on the clock (by {@link #completeDue}), by the gateway at once, or by the
 * customer on a payment page before it expires ({@link Completion}); closable only while 9, reversible (void,
 * refund, revoke) only after success and never beyond what was paid; a pre-auth completed or cancelled once.
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
  private final Map<String, Transaction> byToken = new HashMap<>();
  private final SecureRandom random = new SecureRandom();
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

  /**
   * Creates a transaction at status 9 for the simulated terminal to complete after its delay; see
   * {@link #create(NewTransaction, Completion)}.
   */
  public TransactionView create(NewTransaction request) throws StateException {
    return create(request, Completion.afterDelay());
  }

  /**
   * Creates a transaction at status 9, finished as {@code completion} says. A void or refund reserves its amount
   * on the original payment at once, a pre-auth cancel or completion takes the whole pre-auth at once: a second
   * one is refused until the first has failed.
   */
  public TransactionView create(NewTransaction request, Completion completion) throws StateException {
    completeDue();
    List<TransactionView> completed = new ArrayList<>();
    TransactionView created;
    synchronized (lock) {
      created = createLocked(request, completion, null, completed).view();
    }
    completed.forEach(onCompleted);
    return created;
  }

  /** Creates a payment at status 9 that waits for the customer on the page of the session returned. */
  public CustomerSession open(NewTransaction request, Completion.ByCustomer completion) throws StateException {
    completeDue();
    synchronized (lock) {
      return createLocked(request, completion, null, new ArrayList<>()).sessionView();
    }
  }

  private Transaction createLocked(
      NewTransaction request, Completion completion, Outcome forced, List<TransactionView> completed)
      throws StateException {
    if (request.merchantOrderNo() != null
        && byOrderNo.containsKey(orderKey(request.merchantNo(), request.merchantOrderNo()))) {
      throw new StateException(Reason.DUPLICATE_ORDER, "merchant_order_no");
    }
    Transaction original = request.type().needsOriginal() ? takeFromOriginal(request) : null;
    Outcome outcome = forced != null ? forced
        : completion instanceof Completion.AtOnce atOnce ? atOnce.outcome()
        : Outcome.forAmount(request.transAmount(), request.fractionDigits());
    Instant now = clock.instant();
    Transaction.Session session = null;
    Instant completesAt = null;
    if (completion instanceof Completion.ByCustomer byCustomer) {
      session = new Transaction.Session(newToken(), byCustomer);
      completesAt = now.plus(byCustomer.expiresIn());
    } else if (completion instanceof Completion.AfterDelay) {
      completesAt = now.plus(completionDelay);
    }
    Transaction created = new Transaction(transNumbers.next(), UUID.randomUUID().toString().replace("-", ""),
        request, original, outcome, now, completesAt, session);
    if (original != null && original.request.type() == TransType.PRE_AUTH) {
      original.taken = true;
    }
    add(created);
    if (completion instanceof Completion.AtOnce && outcome != Outcome.NEVER_COMPLETES) {
      finish(created, outcome, now);
      completed.add(created.view());
    }
    return created;
  }

  private Transaction takeFromOriginal(NewTransaction request) throws StateException {
    Transaction original = lookUp(request.merchantNo(), request.original().merchantOrderNo(),
        request.original().transNo());
    if (original == null) {
      throw new StateException(Reason.NOT_FOUND, "the original transaction");
    }
    if (request.type().isReversal()) {
      reserveOnPayment(original, request);
    } else {
      checkPreAuth(original, request);
    }
    return original;
  }

  private static void reserveOnPayment(Transaction original, NewTransaction request) throws StateException {
    if (!original.request.type().isPayment() || original.status != TransStatus.SUCCESS) {
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
  }

  /** A pre-auth is completed or cancelled once: the first request takes it, pending or done. */
  private static void checkPreAuth(Transaction original, NewTransaction request) throws StateException {
    if (original.request.type() != TransType.PRE_AUTH || original.status != TransStatus.SUCCESS) {
      throw new StateException(Reason.INVALID_STATUS, "the original pre-authorisation has not succeeded");
    }
    if (original.taken) {
      throw new StateException(Reason.INVALID_STATUS,
          "the pre-authorisation is already completed or cancelled, or one is under way");
    }
    if (!original.request.currency().equals(request.currency())) {
      throw new StateException(Reason.CURRENCY_MISMATCH, "price_currency");
    }
    int comparison = request.transAmount().compareTo(original.transAmount);
    if (request.type() == TransType.PRE_AUTH_COMPLETION ? comparison > 0 : comparison != 0) {
      throw new StateException(Reason.AMOUNT_NOT_REFUNDABLE, request.type() == TransType.PRE_AUTH_COMPLETION
          ? "a completion takes at most the authorised amount" : "a cancel releases the whole authorised amount");
    }
  }

  private void add(Transaction created) {
    byTransNo.put(created.transNo, created);
    if (created.request.merchantOrderNo() != null) {
      byOrderNo.put(orderKey(created.request.merchantNo(), created.request.merchantOrderNo()), created);
    }
    if (created.session != null) {
      byToken.put(created.session.token, created);
    }
    if (created.completesAt != null && (created.session != null || created.outcome != Outcome.NEVER_COMPLETES)) {
      due.add(created);
    }
    Iterator<Transaction> oldest = byTransNo.values().iterator();
    while (byTransNo.size() > maxOrders) {
      Transaction evicted = oldest.next();
      oldest.remove();
      if (evicted.request.merchantOrderNo() != null) {
        byOrderNo.remove(orderKey(evicted.request.merchantNo(), evicted.request.merchantOrderNo()));
      }
      if (evicted.session != null) {
        byToken.remove(evicted.session.token);
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
      if (!payment.request.type().isPayment()) {
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
          paid.terminalSn(), paid.storeNo(), paid.payScenario(), paid.payMethodId(), "revoke", null,
          paid.notifyUrl(), new NewTransaction.OriginalRef(null, payment.transNo), requestId);
      // The revoke refund always succeeds: an undo that can itself be declined would leave nothing to fall back on.
      createLocked(refund, Completion.afterDelay(), Outcome.SUCCESS, new ArrayList<>());
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

  /** The payment waiting behind a customer page's token, if the token is known. */
  public Optional<CustomerSession> session(String token) {
    completeDue();
    synchronized (lock) {
      return Optional.ofNullable(byToken.get(token)).map(Transaction::sessionView);
    }
  }

  /**
   * Does what the customer chose on a payment page. Paying applies the amount's outcome (a 93 payment then stays
   * at 9 with nobody to finish it), declining fails the payment, abandoning changes nothing.
   *
   * @throws StateException when the token is unknown or the payment no longer waits for the customer
   */
  public CustomerSession act(String token, CustomerAction action) throws StateException {
    completeDue();
    TransactionView completed = null;
    CustomerSession after;
    synchronized (lock) {
      Transaction transaction = byToken.get(token);
      if (transaction == null) {
        throw new StateException(Reason.NOT_FOUND, "token");
      }
      if (!transaction.sessionView().open()) {
        throw new StateException(Reason.INVALID_STATUS, "the payment no longer waits for the customer");
      }
      Outcome outcome = switch (action) {
        case PAY -> transaction.outcome;
        case DECLINE -> transaction.session.settings.kind() == SessionKind.THREE_D_SECURE
            ? Outcome.AUTHENTICATION_FAILED : Outcome.DECLINED;
        case ABANDON -> null;
      };
      if (outcome != null) {
        transaction.session.awaitingCustomer = false;
        due.remove(transaction);
        if (outcome != Outcome.NEVER_COMPLETES) {
          finish(transaction, outcome, clock.instant());
          completed = transaction.view();
        }
      }
      after = transaction.sessionView();
    }
    if (completed != null) {
      onCompleted.accept(completed);
    }
    return after;
  }

  /** The terminal's delay has passed, or the customer's session has expired. */
  private void complete(Transaction transaction, Instant now) {
    boolean expired = transaction.session != null && transaction.session.awaitingCustomer;
    finish(transaction, expired ? Outcome.EXPIRED : transaction.outcome, now);
  }

  private void finish(Transaction transaction, Outcome outcome, Instant now) {
    if (transaction.session != null) {
      transaction.session.awaitingCustomer = false;
    }
    if (outcome != Outcome.SUCCESS) {
      transaction.end(TransStatus.CLOSED_OR_FAILED, now, outcome.errorCode(), outcome.errorMessage());
      release(transaction);
      return;
    }
    transaction.end(TransStatus.SUCCESS, now, null, null);
    if (transaction.request.type() == TransType.VOID || transaction.request.type() == TransType.PRE_AUTH_CANCEL) {
      transaction.original.end(TransStatus.CANCELLED, now, null, null);
    }
  }

  private void closeLocked(Transaction transaction) {
    if (transaction.session != null) {
      transaction.session.awaitingCustomer = false;
    }
    transaction.end(TransStatus.CLOSED_OR_FAILED, clock.instant(), "CLOSED", "Closed by the merchant");
    due.remove(transaction);
    release(transaction);
  }

  /**
   * A void or refund that did not happen gives its amount back to the original payment; a cancel or completion
   * that did not happen gives the pre-auth back.
   */
  private static void release(Transaction transaction) {
    if (transaction.original == null) {
      return;
    }
    if (transaction.original.request.type() == TransType.PRE_AUTH) {
      transaction.original.taken = false;
    } else {
      transaction.original.reserved = transaction.original.reserved.subtract(transaction.transAmount);
    }
  }

  /** 128 random bits: the only credential of a customer page. */
  private String newToken() {
    byte[] token = new byte[16];
    random.nextBytes(token);
    return HexFormat.of().formatHex(token);
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
