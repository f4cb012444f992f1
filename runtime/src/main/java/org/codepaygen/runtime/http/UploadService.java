package org.codepaygen.runtime.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.codepaygen.annotations.Endpoint;
import retrofit2.http.Body;
import retrofit2.http.POST;

/**
 * {@code file.upload} (protocol §2) as the processor would generate it, for {@code CodePayClient.uploadImage}: a body
 * holding a {@code FileData} is sent as a signed multipart upload, and its answer verified like any other.
 */
interface UploadService {
  String METHOD = "file.upload";
  /** The gateway's one multipart path. */
  String PATH = "api/file/upload";

  @POST(PATH)
  @Endpoint(METHOD)
  JsonNode upload(@Body Map<String, Object> request);
}
