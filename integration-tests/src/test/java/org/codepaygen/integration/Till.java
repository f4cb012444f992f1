package org.codepaygen.integration;

import java.util.concurrent.CompletableFuture;
import org.codepaygen.annotations.CodePayApi;
import org.codepaygen.annotations.Endpoint;
import org.codepaygen.api.OrderQuery;
import org.codepaygen.api.RefundSubmitted;
import org.codepaygen.api.RevokeOrder;
import org.codepaygen.api.SubmitRefund;
import org.codepaygen.api.Transaction;
import org.codepaygen.api.cloud.AdjustTip;
import org.codepaygen.api.cloud.BatchClosed;
import org.codepaygen.api.cloud.CloseBatch;
import org.codepaygen.api.cloud.CreateOrder;
import org.codepaygen.api.cloud.OrderPushed;

/**
 * The Cloud methods a till uses, declared as a user's own subset on codepay-api's models: one generated client for
 * the fault matrix, load and secrets suites, which exercise the generated-client machinery rather than one API.
 */
@CodePayApi
interface Till {
  @Endpoint("wisehub.cloud.pay.order")
  OrderPushed createOrder(CreateOrder order);

  @Endpoint("order.query")
  Transaction queryOrder(OrderQuery query);

  @Endpoint("order.refund.submit")
  RefundSubmitted submitRefund(SubmitRefund refund);

  @Endpoint("order.refund.query")
  CompletableFuture<Transaction> queryRefund(OrderQuery query);

  @Endpoint("order.revoker")
  void revokeOrder(RevokeOrder request);

  @Endpoint("tip.adjustment")
  void adjustTip(AdjustTip request);

  @Endpoint("batch.close")
  BatchClosed closeBatch(CloseBatch request);
}
