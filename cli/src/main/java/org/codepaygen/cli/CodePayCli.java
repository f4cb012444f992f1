package org.codepaygen.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import org.codepaygen.cli.gateway.CallCommand;
import org.codepaygen.cli.gateway.SandboxCommand;
import org.codepaygen.cli.keys.KeysCommand;
import org.codepaygen.cli.signing.SignCommand;
import org.codepaygen.cli.signing.VerifyCommand;
import org.codepaygen.runtime.error.CodePayException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code codepay} command. Exit codes: {@value #OK} done, {@value #REFUSED} refused or invalid (a signature
 * that does not verify, a file that would be overwritten, a key that cannot be used, a gateway error),
 * {@value #USAGE} usage error.
 */
@Command(
    name = "codepay",
    mixinStandardHelpOptions = true,
    versionProvider = CodePayCli.Version.class,
    description = "Keys, signatures, one-off calls and the local sandbox for the CodePay payment gateway.",
    subcommands = {
      KeysCommand.class, SignCommand.class, VerifyCommand.class, CallCommand.class, SandboxCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:refused or invalid (the reason is printed)", "2:usage error"})
public final class CodePayCli implements Runnable {
  public static final int OK = 0;
  public static final int REFUSED = 1;
  public static final int USAGE = 2;

  @Spec CommandSpec spec;

  /** Prints UTF-8 whatever the platform's default, since canonical strings and JSON output are UTF-8. */
  public static void main(String[] args) {
    CommandLine commandLine = commandLine();
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    System.exit(commandLine.execute(args));
  }

  /** The command line with its error handling, for {@link #main} and for tests that run it in-process. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new CodePayCli());
    commandLine.setExecutionExceptionHandler(CodePayCli::refused);
    // The sandbox's own launcher takes `json` and `form`; the same words work here.
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Name a command: keys, sign, verify, call or sandbox");
  }

  /** Expected failures print one line, never a stack trace; anything else is a bug and shows its trace. */
  private static int refused(Exception e, CommandLine commandLine, ParseResult parseResult) {
    String message = describe(e);
    if (message == null) {
      e.printStackTrace(commandLine.getErr());
      return REFUSED;
    }
    commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + message);
    return REFUSED;
  }

  private static String describe(Throwable e) {
    if (e instanceof UncheckedIOException unchecked) {
      String cause = describe(unchecked.getCause());
      return unchecked.getMessage().equals(unchecked.getCause().toString())
          ? cause
          : unchecked.getMessage() + ": " + cause;
    }
    if (e instanceof NoSuchFileException missing) {
      return "no such file: " + missing.getFile();
    }
    if (e instanceof FileAlreadyExistsException exists) {
      return "refusing to overwrite " + exists.getFile();
    }
    if (e instanceof AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    if (e instanceof IOException
        || e instanceof CodePayException
        || e instanceof Refused
        || e instanceof IllegalArgumentException
        || e instanceof IllegalStateException) {
      return e.getMessage();
    }
    return null;
  }

  /** The version of the jar, from its manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = CodePayCli.class.getPackage().getImplementationVersion();
      return new String[] {"codepay " + (version == null ? "(development build)" : version)};
    }
  }
}
