package org.codepaygen.runtime.http;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.MultipartBody;
import org.codepaygen.annotations.Endpoint;
import retrofit2.http.Body;
import retrofit2.http.POST;

/** The one multipart endpoint (protocol §2); its answer is verified and decoded like any other. */
interface UploadService {
  String METHOD = "file.upload";

  @POST("api/file/upload")
  @Endpoint(METHOD)
  JsonNode upload(@Body MultipartBody body);
}
