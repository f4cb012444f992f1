package org.codepaygen.cli.keys;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code codepay keys}: make, convert and inspect RSA keys in the forms CodePay asks for. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Make, convert and inspect RSA keys in the forms CodePay asks for.",
    subcommands = {GenerateCommand.class, ConvertCommand.class, InspectCommand.class})
public final class KeysCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Name a keys command: generate, convert or inspect");
  }
}
