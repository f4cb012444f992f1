package online;

import org.codepaygen.annotations.CodePayModel;

@CodePayModel
public interface FileUploaded {
  String fileKey();
}
