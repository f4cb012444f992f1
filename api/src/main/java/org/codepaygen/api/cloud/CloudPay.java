package org.codepaygen.api.cloud;

import org.codepaygen.annotations.CodePayApi;
import org.codepaygen.annotations.Endpoint;

/**
 * A CodePay terminal driven from your back end. The processor generates {@code CodePay_CloudPay}; get it with
 * {@code CodePayClient.create(CloudPay.class)}. Query, refund and revoke with {@link org.codepaygen.api.Payments}.
 */
@CodePayApi
public interface CloudPay {
  /**
   * Pushes an order to a terminal: a sale, a void or refund of an earlier sale, or a pre-authorisation, its cancel
   * or its completion, as {@code trans_type} says. The answer means the terminal was asked, not that the customer
   * paid: follow up with {@code Payments.queryOrder} or the notification. Required: {@code terminal_sn},
   * {@code message_receiving_application}, {@code pay_scenario}, {@code merchant_order_no}, {@code price_currency},
   * {@code order_amount}, {@code trans_type}; {@code orig_merchant_order_no} too for a void, refund, pre-auth
   * cancel or completion. A completion takes at most the authorised amount, and a pre-auth is completed or
   * cancelled once.
   */
  @Endpoint("wisehub.cloud.pay.order")
  OrderPushed createOrder(CreateOrder order);

  /** Closes an order the terminal has not started yet ({@code TransStatus.PUSHED}). */
  @Endpoint("wisehub.cloud.pay.close")
  OrderClosed closeOrder(CloseOrder request);

  /** Changes the tip of a successful payment that is not settled yet. */
  @Endpoint("tip.adjustment")
  void adjustTip(AdjustTip request);

  /** Closes the terminal's batch, settling its payments; tips cannot be adjusted afterwards. */
  @Endpoint("batch.close")
  BatchClosed closeBatch(CloseBatch request);

  /**
   * Uploads an image for the merchant's receipts: a signed multipart call ({@code file_data} the file part,
   * {@code file_data_hash} computed by the client) with the client's upload timeout. {@code CodePayClient.uploadImage}
   * is a shortcut for the same call.
   */
  @Endpoint("file.upload")
  ImageUploaded uploadImage(UploadImage request);
}
