package org.codepaygen.api.cloud;

import org.codepaygen.annotations.CodePayModel;

/** The gateway's answer to an upload. */
@CodePayModel
public interface ImageUploaded {
  /** The key that refers to the stored file. */
  String fileKey();
}
