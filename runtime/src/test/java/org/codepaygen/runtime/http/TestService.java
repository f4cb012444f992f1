package org.codepaygen.runtime.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.codepaygen.annotations.Endpoint;
import org.codepaygen.runtime.Acknowledgement;
import retrofit2.http.Body;
import retrofit2.http.POST;

/** A hand-written service of the shape the processor generates, so the runtime is tested on its own. */
interface TestService {
  @POST("api/entry")
  @Endpoint("order.query")
  JsonNode query(@Body Map<String, Object> body);

  @POST("api/entry")
  @Endpoint("order.query")
  CompletableFuture<JsonNode> queryAsync(@Body Map<String, Object> body);

  @POST("api/entry")
  @Endpoint("order.revoker")
  Acknowledgement revoke(@Body Map<String, Object> body);
}
