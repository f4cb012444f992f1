package org.codepaygen.sandbox.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.sandbox.card.CardCipher;
import org.codepaygen.sandbox.state.OrderBook;
import org.codepaygen.sandbox.state.UploadedFiles;

/**
 * The gateway's decisions, independent of HTTP: the envelope checks in order, then the method, its business
 * parameters, the merchant, and the method itself. Thread-safe.
 */
public final class Gateway {
  private final Envelope envelope;
  private final String merchantNo;
  private final Map<String, Method> entryMethods;
  private final UploadedFiles files;

  /**
   * @param basicAuthorization the {@code Authorization} header that unsigned ({@code sign_type=NONE}) requests must
   *     carry, or {@code null} to accept signed requests only
   */
  public Gateway(
      String appId, String merchantNo, PublicKey merchantPublicKey, Clock clock, OrderBook book,
      UploadedFiles files, CustomerUrls urls, CardCipher cipher, String basicAuthorization) {
    this.envelope = new Envelope(appId, merchantPublicKey, clock, basicAuthorization);
    this.merchantNo = merchantNo;
    this.entryMethods = Methods.entry(book, urls, cipher, clock);
    this.files = files;
  }

  /** Handles a request to {@code /api/entry}; returns the {@code data} member or {@code null} for none. */
  public ObjectNode entry(WireRequest request) throws GatewayException {
    Method method = entryMethods.get(envelope.check(request));
    if (method == null) {
      throw new GatewayException(ErrorCode.UNKNOWN_METHOD);
    }
    method.checkFields(request);
    checkMerchant(request);
    return method.handler().handle(request);
  }

  /** Handles {@code /api/file/upload}: the text parts as the request, {@code file} the file_data part's bytes. */
  public ObjectNode upload(WireRequest request, byte[] file) throws GatewayException {
    if (!Methods.FILE_UPLOAD.equals(envelope.check(request))) {
      throw new GatewayException(ErrorCode.UNKNOWN_METHOD);
    }
    for (Field field : Methods.FILE_UPLOAD_FIELDS) {
      field.check(request);
    }
    if (file == null) {
      throw new GatewayException(ErrorCode.MISSING_PARAMETER, "file_data");
    }
    if (request.value("merchant_no") != null) {
      checkMerchant(request);
    }
    if (!md5Hex(file).equals(request.value("file_data_hash"))) {
      throw new GatewayException(ErrorCode.FILE_HASH_MISMATCH);
    }
    ObjectNode data = CodePayJson.mapper().createObjectNode();
    data.put("file_key", files.store(file));
    return data;
  }

  private void checkMerchant(WireRequest request) throws GatewayException {
    if (!merchantNo.equals(request.value("merchant_no"))) {
      throw new GatewayException(ErrorCode.UNKNOWN_MERCHANT);
    }
  }

  private static String md5Hex(byte[] file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(file));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has MD5", e);
    }
  }
}
