package org.codepaygen.api.cloud;

import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;
import org.codepaygen.runtime.FileData;

/** An image for the merchant's receipts ({@code file.upload}): the file becomes the multipart part file_data. */
@CodePayModel
public interface UploadImage {
  @MaxLength(32)
  String institutionNo();

  FileData fileData();
}
