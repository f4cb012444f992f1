package org.codepaygen.benchmarks.firstcall;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import okhttp3.OkHttpClient;
import org.codepaygen.benchmarks.baseline.BusinessRequest;
import org.codepaygen.benchmarks.baseline.HandWrittenConverterFactory;
import org.codepaygen.benchmarks.baseline.HandWrittenProtocol;
import org.codepaygen.benchmarks.baseline.HandWrittenTransaction;
import org.codepaygen.benchmarks.baseline.PlainCloudPay;
import org.codepaygen.benchmarks.loopback.BenchmarkKeys;
import org.codepaygen.benchmarks.loopback.FixedAnswer;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * The baseline of the first-call figure: the same call through a plain reflective Retrofit interface with a
 * hand-rolled converter signing and verifying the same way. Arguments as for {@link FirstCallGenerated}.
 */
public final class FirstCallPlainRetrofit {
  private FirstCallPlainRetrofit() {}

  public static void main(String[] args) throws Exception {
    Path keys = Path.of(args[1]);
    HandWrittenProtocol protocol = new HandWrittenProtocol(FixedAnswer.APP_ID, FixedAnswer.MERCHANT_NO,
        PemKeys.privateKey(keys.resolve(BenchmarkKeys.MERCHANT_PRIVATE_PEM)),
        PemKeys.publicKey(keys.resolve(BenchmarkKeys.GATEWAY_PUBLIC_PEM)));
    OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).followRedirects(false).build();
    PlainCloudPay cloudPay = new Retrofit.Builder()
        .baseUrl(args[0])
        .client(http)
        .addConverterFactory(new HandWrittenConverterFactory(protocol))
        .build()
        .create(PlainCloudPay.class);
    ObjectNode query = HandWrittenProtocol.newBody();
    query.put("merchant_order_no", FixedAnswer.MERCHANT_ORDER_NO);
    Response<HandWrittenTransaction> answer = cloudPay.queryOrder(new BusinessRequest("order.query", query)).execute();
    if (!answer.isSuccessful() || answer.body() == null) {
      throw new IOException("HTTP " + answer.code());
    }
    System.out.println(answer.body().transNo);
    http.dispatcher().executorService().shutdown();
  }
}
