package org.codepaygen.runtime.card;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the openssl command line on bytes, for cross-checks against an implementation that is not ours. */
final class Openssl {
  private Openssl() {}

  static byte[] run(byte[] input, String... args) throws IOException, InterruptedException {
    Path in = Files.createTempFile("openssl-in", ".bin");
    Path out = Files.createTempFile("openssl-out", ".bin");
    try {
      Files.write(in, input);
      List<String> command = new ArrayList<>(List.of("openssl"));
      command.addAll(List.of(args));
      command.addAll(List.of("-in", in.toString(), "-out", out.toString()));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("openssl " + String.join(" ", args) + " failed: " + output);
      }
      return Files.readAllBytes(out);
    } finally {
      Files.deleteIfExists(in);
      Files.deleteIfExists(out);
    }
  }
}
