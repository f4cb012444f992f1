package org.codepaygen.cli.signing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import org.codepaygen.cli.CodePayCli;
import org.codepaygen.cli.Inputs;
import org.codepaygen.cli.Output;
import org.codepaygen.cli.PrivateKeyOptions;
import org.codepaygen.runtime.signing.RequestSigner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code codepay sign}: the canonical string of a request body and its {@code sign}. */
@Command(
    name = "sign",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a request body's canonical string and sign, or the body with sign added.",
      "Signs a request body as CodePay's RSA2 asks: prints the canonical string exactly as signed (every"
          + " top-level member but sign and empty or null ones, sorted, key=value joined by &, values as written)"
          + " and the sign value (SHA256withRSA, Base64).",
      "With --insert prints the body itself with \"sign\" added as its last member, every other byte unchanged."
    })
public final class SignCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "BODY", defaultValue = Inputs.STDIN,
      description = "The JSON request body; - or nothing for standard input.")
  String body;

  @Option(names = "--insert", description = "Print the body with sign added instead of the canonical string and sign.")
  boolean insert;

  @Mixin PrivateKeyOptions key;

  @Mixin Output output;

  /** Where {@code --insert} writes its bytes; standard output unless a test replaces it. */
  OutputStream rawOut = System.out;

  @Override
  public Integer call() throws Exception {
    if (insert && output.json()) {
      throw new ParameterException(spec.commandLine(), "--insert prints the body itself; it cannot be --json");
    }
    SignedBody signed = SignedBody.parse(Inputs.read(body, System.in));
    String canonical = signed.canonical();
    String sign = new RequestSigner(key.load()).sign(canonical);
    if (insert) {
      rawOut.write(signed.withSign(sign));
      rawOut.flush();
    } else if (output.json()) {
      ObjectNode json = Output.object();
      json.put("canonical", canonical);
      json.put("sign", sign);
      output.print(json);
    } else {
      output.out().println("Canonical string, signed as its UTF-8 bytes:");
      output.out().println(canonical);
      output.out().println("sign:");
      output.out().println(sign);
      output.out().flush();
    }
    return CodePayCli.OK;
  }
}
