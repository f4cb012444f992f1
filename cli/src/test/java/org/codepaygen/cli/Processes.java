package org.codepaygen.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs programs (openssl, the built jar) with bounded waits, capturing their output as bytes. */
public final class Processes {
  /** What one run printed and returned. */
  public record Result(int exit, byte[] stdout, String stderr) {
    public String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }
  }

  private Processes() {}

  /** Skips the calling test when openssl is not on the PATH. */
  public static void assumeOpenssl() {
    boolean available;
    try {
      available = run(List.of("openssl", "version"), new byte[0]).exit() == 0;
    } catch (UncheckedIOException e) {
      available = false;
    }
    assumeTrue(available, "openssl is not on the PATH; skipping the openssl cross-checks");
  }

  public static Result run(List<String> command) {
    return run(command, new byte[0]);
  }

  /** Runs {@code command} with {@code stdin}, for at most 120 seconds. */
  public static Result run(List<String> command, byte[] stdin) {
    try {
      Process process = new ProcessBuilder(command).start();
      CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
      CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
      try (OutputStream in = process.getOutputStream()) {
        in.write(stdin);
      }
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(command + " did not end within 120 s");
      }
      return new Result(process.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
