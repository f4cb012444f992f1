package org.codepaygen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** openssl, the independent implementation the tool's keys and signatures are checked against. */
public final class Openssl {
  private Openssl() {}

  /** Runs {@code openssl args}, which must succeed, and returns its standard output without surrounding space. */
  public static String run(String... args) {
    List<String> command = new ArrayList<>(List.of("openssl"));
    command.addAll(List.of(args));
    Processes.Result result = Processes.run(command);
    assertThat(result.exit()).as(result.stderr()).isZero();
    return result.out().strip();
  }

  /** Whether {@code openssl dgst -sha256 -verify} accepts {@code sign} (Base64) over the UTF-8 {@code canonical}. */
  public static boolean verifies(Path publicKey, String canonical, String sign, Path work) throws Exception {
    Path text = Files.write(work.resolve("canonical.txt"), canonical.getBytes(StandardCharsets.UTF_8));
    Path signature = Files.write(work.resolve("sign.bin"), Base64.getDecoder().decode(sign));
    Processes.Result result = Processes.run(List.of("openssl", "dgst", "-sha256", "-verify", publicKey.toString(),
        "-signature", signature.toString(), text.toString()));
    return result.exit() == 0 && result.out().contains("Verified OK");
  }
}
