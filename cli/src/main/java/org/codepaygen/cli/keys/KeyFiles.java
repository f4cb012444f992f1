package org.codepaygen.cli.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import org.codepaygen.cli.Refused;

/** Writes key files: never over an existing file, and private keys readable by their owner only. */
final class KeyFiles {
  /** One file to write. */
  record KeyFile(Path path, KeyForm form, String text) {}

  private KeyFiles() {}

  /**
   * Writes every file, or none when any of them exists already.
   *
   * @throws Refused when a file exists
   */
  static void writeAll(List<KeyFile> files) throws IOException {
    List<Path> existing = files.stream().map(KeyFile::path).filter(Files::exists).toList();
    if (!existing.isEmpty()) {
      throw new Refused("refusing to overwrite "
          + existing.stream().map(Path::toString).collect(Collectors.joining(", ")) + "; nothing was written");
    }
    for (KeyFile file : files) {
      write(file);
    }
  }

  /** Creates the file, failing if it exists, with owner-only permissions from the start for a private key. */
  static void write(KeyFile file) throws IOException {
    if (file.form().secret() && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(file.path(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file.path(), file.text(), StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
    } else {
      Files.writeString(file.path(), file.text(), StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    }
  }
}
