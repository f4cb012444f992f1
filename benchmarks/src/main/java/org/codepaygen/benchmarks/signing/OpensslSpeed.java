package org.codepaygen.benchmarks.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * {@code openssl speed -mr -seconds N rsa2048} on this machine: one thread signing, then verifying, with
 * RSA-2048. Its machine-readable summary line is {@code +F2:index:bits:signs-per-second:verifies-per-second}.
 */
public record OpensslSpeed(String version, double signsPerSecond, double verifiesPerSecond) {
  public static OpensslSpeed measure(int seconds) throws IOException, InterruptedException {
    String output = run("openssl", "speed", "-mr", "-seconds", Integer.toString(seconds), "rsa2048");
    for (String line : output.split("\n")) {
      if (line.startsWith("+F2:")) {
        String[] fields = line.trim().split(":");
        return new OpensslSpeed(run("openssl", "version").trim(),
            Double.parseDouble(fields[3]), Double.parseDouble(fields[4]));
      }
    }
    throw new IOException("openssl speed printed no +F2 summary line:\n" + output);
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed:\n" + output);
    }
    return output;
  }
}
