package shop;

import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;
import org.codepaygen.annotations.CodePayGenerated;
import org.codepaygen.annotations.Endpoint;
import org.codepaygen.runtime.Acknowledgement;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.error.ValidationException;
import retrofit2.http.Body;
import retrofit2.http.POST;

/**
 * The Cloud API: the merchant's back end drives a payment terminal.
 *
 * <p>The CodePay client for {@link CloudPay}, generated from its annotations. Get one with
 * {@code codePayClient.create(CloudPay.class)}. Every call checks its request against CodePay's rules
 * before anything is signed or sent.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
public final class CodePay_CloudPay implements CloudPay {
  private final Service service;

  /**
   * Creates the client on the signed transport of {@code client}. Prefer
   * {@code client.create(CloudPay.class)}, which calls this constructor.
   */
  public CodePay_CloudPay(CodePayClient client) {
    this.service = client.service(Service.class);
  }

  /**
   * Pushes an order to the payment terminal.
   */
  @Override
  public OrderPushed createOrder(CreateOrder order) {
    return service.createOrder(ImmutableCreateOrder.copyOf(order));
  }

  @Override
  public CompletableFuture<OrderStatus> queryOrder(OrderQuery query) {
    ImmutableOrderQuery checkedQuery;
    try {
      checkedQuery = ImmutableOrderQuery.copyOf(query);
    } catch (ValidationException e) {
      return CompletableFuture.failedFuture(e);
    }
    return service.queryOrder(checkedQuery);
  }

  /**
   * Refunds a payment of unknown outcome, or closes it if unpaid.
   */
  @Override
  public void revoke(RevokeOrder request) {
    service.revoke(ImmutableRevokeOrder.copyOf(request));
  }

  @Override
  public CompletableFuture<Void> revokeLater(RevokeOrder request) {
    ImmutableRevokeOrder checkedRequest;
    try {
      checkedRequest = ImmutableRevokeOrder.copyOf(request);
    } catch (ValidationException e) {
      return CompletableFuture.failedFuture(e);
    }
    return service.revokeLater(checkedRequest).thenApply(acknowledgement -> null);
  }

  /**
   * The Retrofit view of {@link CloudPay}: each endpoint is a signed POST to {@code api/entry}.
   */
  interface Service {
    @POST("api/entry")
    @Endpoint("wisehub.cloud.pay.order")
    OrderPushed createOrder(@Body ImmutableCreateOrder order);

    @POST("api/entry")
    @Endpoint("order.query")
    CompletableFuture<OrderStatus> queryOrder(@Body ImmutableOrderQuery query);

    @POST("api/entry")
    @Endpoint("order.revoker")
    Acknowledgement revoke(@Body ImmutableRevokeOrder request);

    @POST("api/entry")
    @Endpoint("order.revoker.later")
    CompletableFuture<Acknowledgement> revokeLater(@Body ImmutableRevokeOrder request);
  }
}
