package org.codepaygen.benchmarks.baseline;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Headers;
import retrofit2.http.POST;

/** The plain Retrofit interface a merchant writes without the processor. */
public interface PlainCloudPay {
  @POST("api/entry")
  @Headers({"Accept: application/json", "Accept-Language: en-US"})
  Call<HandWrittenTransaction> queryOrder(@Body BusinessRequest request);
}
