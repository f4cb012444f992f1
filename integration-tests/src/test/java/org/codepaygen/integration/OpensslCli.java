package org.codepaygen.integration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The openssl command line, for ciphertexts made by an implementation that is not ours. */
final class OpensslCli {
  private OpensslCli() {}

  /** One RSA-OAEP (SHA-1) block of {@code plaintext} for the public key in {@code publicKeyPem}. */
  static byte[] rsaOaepEncrypt(byte[] plaintext, String publicKeyPem) throws IOException, InterruptedException {
    Path in = Files.createTempFile("card", ".json");
    Path out = Files.createTempFile("card", ".bin");
    try {
      Files.write(in, plaintext);
      Process process = new ProcessBuilder("openssl", "pkeyutl", "-encrypt", "-pubin", "-inkey", publicKeyPem,
          "-pkeyopt", "rsa_padding_mode:oaep", "-in", in.toString(), "-out", out.toString())
          .redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("openssl failed: " + output);
      }
      return Files.readAllBytes(out);
    } finally {
      Files.deleteIfExists(in);
      Files.deleteIfExists(out);
    }
  }
}
