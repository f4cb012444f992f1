package org.codepaygen.sandbox.state;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;

/** The files received by {@code file.upload}, by {@code file_key}; bounded, the oldest forgotten first. */
public final class UploadedFiles {
  private final int maxFiles;
  private final LinkedHashMap<String, byte[]> files = new LinkedHashMap<>();

  public UploadedFiles(int maxFiles) {
    this.maxFiles = maxFiles;
  }

  /** Keeps a copy of the file and returns its new key. */
  public synchronized String store(byte[] content) {
    String key = UUID.randomUUID().toString().replace("-", "");
    files.put(key, content.clone());
    Iterator<String> oldest = files.keySet().iterator();
    while (files.size() > maxFiles) {
      oldest.next();
      oldest.remove();
    }
    return key;
  }

  /** A copy of the file stored under {@code key}, if it is still kept. */
  public synchronized Optional<byte[]> get(String key) {
    return Optional.ofNullable(files.get(key)).map(byte[]::clone);
  }
}
