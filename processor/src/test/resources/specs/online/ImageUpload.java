package online;

import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;
import org.codepaygen.runtime.FileData;

/** An image for file.upload: the file becomes the multipart part file_data. */
@CodePayModel
public interface ImageUpload {
  @MaxLength(32)
  String institutionNo();

  FileData fileData();
}
