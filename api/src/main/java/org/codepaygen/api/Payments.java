package org.codepaygen.api;

import java.util.concurrent.CompletableFuture;
import org.codepaygen.annotations.CodePayApi;
import org.codepaygen.annotations.Endpoint;

/**
 * What applies to every payment, however it was taken (terminal, online, QR): follow it, refund it, undo it. The
 * processor generates {@code CodePay_Payments}; get it with {@code CodePayClient.create(Payments.class)}.
 */
@CodePayApi
public interface Payments {
  /**
   * Reads a payment's current state. Poll while {@link TransStatus#isPending()} (CodePay advises every 2 seconds,
   * for up to 60), unless its notification arrives first.
   */
  @Endpoint("order.query")
  Transaction queryOrder(OrderQuery query);

  /**
   * Refunds all or part of a successful payment under a new {@code merchant_order_no}. After an unknown outcome,
   * query the refund by that number rather than submitting it again.
   */
  @Endpoint("order.refund.submit")
  RefundSubmitted submitRefund(SubmitRefund refund);

  /** Reads a refund's current state, without blocking the caller. */
  @Endpoint("order.refund.query")
  CompletableFuture<Transaction> queryRefund(OrderQuery query);

  /**
   * Undoes a payment whose outcome is unknown (say, a timeout while creating it): refunds it if it was paid, closes
   * it if not. Never create the same order again instead.
   */
  @Endpoint("order.revoker")
  void revokeOrder(RevokeOrder request);
}
