package org.codepaygen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** --help on every command, and usage errors as exit code 2. */
class HelpTest {
  @Test
  void everyCommandHasHelp() {
    List<List<String>> paths = new ArrayList<>();
    collect(CodePayCli.commandLine(), new ArrayList<>(), paths);
    assertThat(paths).extracting(path -> String.join(" ", path))
        .contains("", "keys", "keys generate", "keys convert", "keys inspect", "sign", "verify", "call", "sandbox");

    for (List<String> path : paths) {
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      Cli.Run run = Cli.run(args.toArray(String[]::new));
      assertThat(run.exit()).as(args.toString()).isZero();
      assertThat(run.out()).as(args.toString())
          .startsWith("Usage: codepay" + (path.isEmpty() ? "" : " " + String.join(" ", path)));
    }
  }

  @Test
  void usageErrorsAreExitTwo() {
    Cli.Run noCommand = Cli.run();
    Cli.Run unknownOption = Cli.run("sign", "--no-such-option");
    Cli.Run noKeysCommand = Cli.run("keys");

    assertThat(noCommand.exit()).isEqualTo(2);
    assertThat(noCommand.err()).contains("Name a command", "Usage: codepay");
    assertThat(unknownOption.exit()).isEqualTo(2);
    assertThat(unknownOption.err()).contains("--no-such-option");
    assertThat(noKeysCommand.exit()).isEqualTo(2);
  }

  private static void collect(CommandLine commandLine, List<String> path, List<List<String>> paths) {
    paths.add(path);
    commandLine.getSubcommands().forEach((name, sub) -> {
      if (!name.equals("help")) {
        List<String> deeper = new ArrayList<>(path);
        deeper.add(name);
        collect(sub, deeper, paths);
      }
    });
  }
}
