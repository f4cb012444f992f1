package shop;

import java.util.concurrent.CompletableFuture;
import org.codepaygen.annotations.CodePayApi;
import org.codepaygen.annotations.Endpoint;

/** The Cloud API: the merchant's back end drives a payment terminal. */
@CodePayApi
public interface CloudPay {
  /** Pushes an order to the payment terminal. */
  @Endpoint("wisehub.cloud.pay.order")
  OrderPushed createOrder(CreateOrder order);

  @Endpoint("order.query")
  CompletableFuture<OrderStatus> queryOrder(OrderQuery query);

  /** Refunds a payment of unknown outcome, or closes it if unpaid. */
  @Endpoint("order.revoker")
  void revoke(RevokeOrder request);

  @Endpoint("order.revoker.later")
  CompletableFuture<Void> revokeLater(RevokeOrder request);

  /** Not an endpoint: left alone. */
  default OrderPushed createSale(CreateOrder order) {
    return createOrder(order);
  }

  static String name() {
    return "CloudPay";
  }
}
