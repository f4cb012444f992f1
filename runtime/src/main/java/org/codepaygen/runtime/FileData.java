package org.codepaygen.runtime;

import java.net.URLConnection;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The file of an upload (protocol §2): a model property of this type makes its endpoint a {@code multipart/form-data}
 * call to {@code api/file/upload}, whose binary part is named by the property's wire name ({@code file_data}) and
 * whose signed text parts include {@code file_data_hash}, the MD5 the runtime computes from the content. Immutable:
 * the content is copied in and out. {@link #toString()} shows the name, type and size, never the content.
 */
public final class FileData {
  private final String fileName;
  private final String contentType;
  private final byte[] content;

  private FileData(String fileName, String contentType, byte[] content) {
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.content = content.clone();
  }

  /** A file whose content type is guessed from its name's extension ({@code receipt.png}: {@code image/png}). */
  public static FileData of(String fileName, byte[] content) {
    String guessed = URLConnection.guessContentTypeFromName(fileName);
    return new FileData(fileName, guessed != null ? guessed : "application/octet-stream", content);
  }

  /** A file with an explicit content type, such as {@code image/jpeg}. */
  public static FileData of(String fileName, String contentType, byte[] content) {
    return new FileData(fileName, contentType, content);
  }

  /** The name sent as the part's {@code filename}. */
  public String fileName() {
    return fileName;
  }

  /** The part's {@code Content-Type}. */
  public String contentType() {
    return contentType;
  }

  /** A copy of the content. */
  public byte[] content() {
    return content.clone();
  }

  /** The lower-case hex MD5 of the content, sent as {@code file_data_hash}. */
  public String md5Hex() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK has no MD5", e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FileData that && fileName.equals(that.fileName) && contentType.equals(that.contentType)
        && Arrays.equals(content, that.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileName, contentType, Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "FileData[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
  }
}
