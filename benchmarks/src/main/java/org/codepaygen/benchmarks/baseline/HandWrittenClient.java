package org.codepaygen.benchmarks.baseline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** {@code order.query} by hand on OkHttp: no Retrofit, no generated code. */
public final class HandWrittenClient implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http;
  private final String entryUrl;
  private final HandWrittenProtocol protocol;

  public HandWrittenClient(String baseUrl, HandWrittenProtocol protocol) {
    // The same no-retry, no-redirect rules the runtime applies, since a payment POST must never be re-sent.
    this.http = new OkHttpClient.Builder().retryOnConnectionFailure(false).followRedirects(false).build();
    this.entryUrl = baseUrl + "api/entry";
    this.protocol = protocol;
  }

  public HandWrittenTransaction queryOrder(String merchantOrderNo) throws IOException {
    ObjectNode body = HandWrittenProtocol.newBody();
    body.put("merchant_order_no", merchantOrderNo);
    Request request = new Request.Builder()
        .url(entryUrl)
        .header("Accept", "application/json")
        .header("Accept-Language", "en-US")
        .post(RequestBody.create(JSON, protocol.encode("order.query", body)))
        .build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful() || response.body() == null) {
        throw new IOException("HTTP " + response.code());
      }
      return protocol.decode(response.body().bytes(), HandWrittenTransaction.class);
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
