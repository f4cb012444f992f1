package com.example.shop;

import java.math.BigDecimal;
import org.codepaygen.annotations.CodePayApi;
import org.codepaygen.annotations.Endpoint;
import org.codepaygen.runtime.CodePayClient;

public final class Till implements AutoCloseable {
  @CodePayApi
  public interface Gateway {
    @Endpoint("wisehub.cloud.pay.order")
    Sold sell(Sale sale);
  }

  private final CodePayClient client;

  public Till(CodePayClient client) {
    this.client = client;
  }

  public Sold sell(String orderNo, BigDecimal amount) {
    return client.create(Gateway.class)
        .sell(ImmutableSale.builder().merchantOrderNo(orderNo).orderAmount(amount).build());
  }

  @Override
  public void close() {
    client.close();
  }
}
