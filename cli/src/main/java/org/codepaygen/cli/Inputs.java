package org.codepaygen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads what a command works on: a file, or standard input for {@code -}. */
public final class Inputs {
  /** The name that stands for standard input. */
  public static final String STDIN = "-";

  private Inputs() {}

  /** The bytes of {@code file}, or of standard input when it is {@value #STDIN}. */
  public static byte[] read(String file, InputStream stdin) throws IOException {
    return STDIN.equals(file) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
  }

  /** The first line of a passphrase file, or {@code null} when no file is given. */
  public static char[] passphrase(Path file) throws IOException {
    if (file == null) {
      return null;
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    return (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toCharArray();
  }
}
