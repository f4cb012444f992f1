package org.codepaygen.benchmarks.firstcall;

import java.nio.file.Path;
import org.codepaygen.api.ImmutableOrderQuery;
import org.codepaygen.api.Payments;
import org.codepaygen.benchmarks.loopback.BenchmarkKeys;
import org.codepaygen.benchmarks.loopback.FixedAnswer;
import org.codepaygen.runtime.CodePayClient;

/**
 * A fresh JVM's first call with the generated client: build the client, make one signed {@code order.query},
 * print the verified answer's {@code trans_no}, exit. Arguments: base URL, directory of the PEM key files.
 */
public final class FirstCallGenerated {
  private FirstCallGenerated() {}

  public static void main(String[] args) throws Exception {
    Path keys = Path.of(args[1]);
    try (CodePayClient client = CodePayClient.builder()
        .baseUrl(args[0])
        .allowCleartextLoopback()
        .appId(FixedAnswer.APP_ID)
        .merchantNo(FixedAnswer.MERCHANT_NO)
        .merchantPrivateKey(PemKeys.privateKey(keys.resolve(BenchmarkKeys.MERCHANT_PRIVATE_PEM)))
        .gatewayPublicKey(PemKeys.publicKey(keys.resolve(BenchmarkKeys.GATEWAY_PUBLIC_PEM)))
        .build()) {
      Payments payments = client.create(Payments.class);
      System.out.println(payments.queryOrder(
          ImmutableOrderQuery.builder().merchantOrderNo(FixedAnswer.MERCHANT_ORDER_NO).build()).transNo());
    }
  }
}
