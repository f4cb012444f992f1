package org.codepaygen.sample.cloud;

import java.util.concurrent.CompletableFuture;
import org.codepaygen.annotations.CodePayApi;
import org.codepaygen.annotations.Endpoint;

/**
 * CodePay's Cloud API: the merchant's back end pushes orders to a payment terminal and follows them up
 * (protocol §5). The processor generates {@code CodePay_CloudPay}; get it with
 * {@code CodePayClient.create(CloudPay.class)}.
 */
@CodePayApi
public interface CloudPay {
  /**
   * Pushes an order to a terminal: a sale, or a void or refund of an earlier sale chosen by {@code trans_type}.
   * The answer means the terminal was asked, not that the customer paid: follow up with {@link #queryOrder}.
   */
  @Endpoint("wisehub.cloud.pay.order")
  OrderPushed createOrder(CreateOrder order);

  /** Closes an order the terminal has not started yet (status 9). */
  @Endpoint("wisehub.cloud.pay.close")
  OrderClosed closeOrder(CloseOrder request);

  /** Reads a transaction's current state. */
  @Endpoint("order.query")
  Transaction queryOrder(OrderQuery query);

  /** Refunds all or part of a successful payment under a new {@code merchant_order_no}. */
  @Endpoint("order.refund.submit")
  RefundSubmitted submitRefund(SubmitRefund refund);

  /** Reads a refund's current state, without blocking the caller. */
  @Endpoint("order.refund.query")
  CompletableFuture<Transaction> queryRefund(OrderQuery query);

  /** Undoes a payment whose outcome is unknown: refunds it if it was paid, closes it if not. */
  @Endpoint("order.revoker")
  void revokeOrder(RevokeOrder request);

  /** Changes the tip of a successful payment that is not settled yet. */
  @Endpoint("tip.adjustment")
  void adjustTip(AdjustTip request);

  /** Closes the terminal's batch, settling its payments. */
  @Endpoint("batch.close")
  BatchClosed closeBatch(CloseBatch request);

  /** Uploads an image, a signed multipart call with its own timeout. */
  @Endpoint("file.upload")
  ImageUploaded uploadImage(UploadImage request);
}
