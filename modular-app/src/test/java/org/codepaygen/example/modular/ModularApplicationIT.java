package org.codepaygen.example.modular;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.keys.CodePayKeys;
import org.codepaygen.sandbox.CodePaySandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged application on the module path, as {@code java --module}, against a local sandbox. */
class ModularApplicationIT {
  @TempDir Path dir;

  @Test
  void runsOnTheModulePathAndPushesASaleThroughTheGeneratedClient() throws Exception {
    try (CodePaySandbox sandbox = CodePaySandbox.builder()
        .merchantPublicKey(CodePayKeys.publicKey(Fixtures.text("merchant-public.pem"))).start()) {
      Path privateKey = write("merchant-private.pem", Fixtures.text("merchant-private-pkcs8.pem"));
      Path gatewayKey = write("gateway-public.pem", sandbox.gatewayPublicKeyPem());
      Path certificate = write("sandbox-cert.pem", sandbox.certificatePem());

      Result result = run(sandbox.baseUrl(), sandbox.appId(), sandbox.merchantNo(), privateKey.toString(),
          gatewayKey.toString(), certificate.toString());

      assertThat(result.exitCode).as(result.output).isZero();
      assertThat(result.output).contains(
          "application module: org.codepaygen.example.modular",
          "runtime module: org.codepaygen.runtime",
          "refused before sending: PushOrder.merchantOrderNo");
      assertThat(result.output).containsPattern("pushed: trans_no [0-9]{20}");
    }
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, UTF_8);
  }

  private record Result(int exitCode, String output) {}

  private Result run(String... args) throws IOException, InterruptedException {
    String modulePath = System.getProperty("codepay.app.jar") + File.pathSeparator
        + Files.readString(Path.of(System.getProperty("codepay.app.modulePath")), UTF_8).trim();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", modulePath,
        "--module", "org.codepaygen.example.modular/org.codepaygen.example.modular.Till"));
    command.addAll(List.of(args));
    Path log = dir.resolve("output.txt");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the application did not end within 60 s: " + Files.readString(log, UTF_8));
    }
    return new Result(process.exitValue(), Files.readString(log, UTF_8));
  }
}
