package org.codepaygen.runtime.protocol;

import java.util.Map;
import org.codepaygen.runtime.FileData;

/** A request ready to send: a signed JSON body, or the signed text parts and the file of a multipart upload. */
public sealed interface SignedRequest {
  /** A signed JSON body, for {@code api/entry}. */
  record Json(byte[] body) implements SignedRequest {}

  /**
   * A multipart upload (protocol §2).
   *
   * @param fields the text parts in order: business members, {@code file_data_hash}, envelope, {@code sign}
   * @param fileField the name of the file part, such as {@code file_data}
   */
  record Multipart(Map<String, String> fields, String fileField, FileData file) implements SignedRequest {
    public Multipart {
      fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
  }
}
