package org.codepaygen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the codepay command in-process, with its output and error streams captured. */
public final class Cli {
  /** What one run printed and returned. */
  public record Run(int exit, String out, String err) {}

  private Cli() {}

  public static Run run(String... args) {
    return run(CodePayCli.commandLine(), args);
  }

  /** Runs a command line the caller prepared, such as one whose command objects it adjusted. */
  public static Run run(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exit = commandLine.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
