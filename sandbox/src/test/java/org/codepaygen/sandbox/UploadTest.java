package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.codepaygen.runtime.signing.CanonicalForm;
import org.codepaygen.runtime.signing.RequestSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /api/file/upload}: signed multipart text parts and the file, whose MD5 must match. */
class UploadTest {
  private static final String BOUNDARY = "sandbox-test-boundary";
  private static final byte[] IMAGE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 1, 2, '-', '-'};
  private static CodePaySandbox sandbox;
  private static SandboxClient client;

  @BeforeAll
  static void start() {
    sandbox = CodePaySandbox.builder().merchantPublicKey(TestKeys.merchantPublicKey()).start();
    client = new SandboxClient(sandbox, Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static Map<String, String> textParts(byte[] file) throws Exception {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("app_id", sandbox.appId());
    parts.put("format", "JSON");
    parts.put("charset", "UTF-8");
    parts.put("sign_type", "RSA2");
    parts.put("version", "1.0");
    parts.put("timestamp", String.valueOf(System.currentTimeMillis()));
    parts.put("method", "file.upload");
    parts.put("institution_no", "INST0001");
    parts.put("file_data_hash", HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(file)));
    parts.put("sign", new RequestSigner(TestKeys.merchantPrivateKey()).sign(CanonicalForm.of(parts)));
    return parts;
  }

  private static byte[] multipart(Map<String, String> parts, byte[] file) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    parts.forEach((name, value) -> body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file_data\"; "
        + "filename=\"receipt.png\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  private static SandboxClient.Answer upload(byte[] body) {
    return client.post("api/file/upload", "multipart/form-data; boundary=" + BOUNDARY, body, Map.of());
  }

  @Test
  void keepsTheFileAndAnswersItsKey() throws Exception {
    SandboxClient.Answer answer = upload(multipart(textParts(IMAGE), IMAGE));

    assertThat(answer.ok()).as(answer.raw()).isTrue();
    assertThat(sandbox.uploadedFile(answer.data().get("file_key").textValue())).hasValue(IMAGE);
  }

  @Test
  void refusesAFileWhoseHashDiffers() throws Exception {
    byte[] other = "another file".getBytes(StandardCharsets.UTF_8);

    SandboxClient.Answer answer = upload(multipart(textParts(IMAGE), other));

    assertThat(answer.code()).isEqualTo("E08006");
  }

  @Test
  void refusesTextPartsChangedAfterSigning() throws Exception {
    Map<String, String> parts = textParts(IMAGE);
    parts.put("institution_no", "INST0002");

    assertThat(upload(multipart(parts, IMAGE)).code()).isEqualTo("E05001");
  }

  @Test
  void refusesABodyWithoutItsClosingBoundary() throws Exception {
    byte[] body = multipart(textParts(IMAGE), IMAGE);
    byte[] cut = java.util.Arrays.copyOf(body, body.length - BOUNDARY.length() - 6);

    assertThat(upload(cut).code()).isEqualTo("E01004");
  }

  @Test
  void refusesJsonOnTheUploadPath() {
    SandboxClient.Answer answer = client.post("api/file/upload", "application/json",
        "{}".getBytes(StandardCharsets.UTF_8), Map.of());

    assertThat(answer.code()).isEqualTo("E01002");
  }
}
