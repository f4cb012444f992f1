package org.codepaygen.cli.signing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.codepaygen.cli.CodePayCli;
import org.codepaygen.cli.Inputs;
import org.codepaygen.cli.Output;
import org.codepaygen.runtime.keys.CodePayKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code codepay verify}: whether an answer's or a notification's {@code sign} verifies, and why not. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Tells whether the sign of an answer or a notification verifies, and if not, why.",
      "Checks the sign of a gateway answer or notification (a JSON object) with the gateway's public key. Prints"
          + " \"verified\", or why not: no sign, bad Base64, another key's signature, or this key's signature of"
          + " another string; and always the canonical string checked, so that a mismatch is visible.",
      "Exit code 0 when verified, 1 otherwise. Also checks a request signed with the merchant key, given the"
          + " merchant public key."
    })
public final class VerifyCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "BODY", defaultValue = Inputs.STDIN,
      description = "The JSON answer or notification; - or nothing for standard input.")
  String body;

  @Option(names = {"-p", "--public-key"}, required = true, paramLabel = "FILE",
      description = "The signer's public key: X.509 PEM, bare Base64 or a certificate.")
  Path publicKey;

  @Mixin Output output;

  @Override
  public Integer call() throws Exception {
    SignedBody signed = SignedBody.parse(Inputs.read(body, System.in));
    String canonical = signed.canonical();
    Verdict verdict = Verdict.of(canonical, signed.sign(), CodePayKeys.publicKey(publicKey));
    if (output.json()) {
      ObjectNode json = Output.object();
      json.put("verified", verdict.verified());
      json.put("reason", verdict.reason().code);
      json.put("explanation", verdict.explanation());
      json.put("canonical", canonical);
      output.print(json);
    } else {
      output.out().println(verdict.verified() ? "verified" : "NOT verified: " + verdict.explanation());
      output.out().println("Canonical string checked:");
      output.out().println(canonical);
      output.out().flush();
    }
    return verdict.verified() ? CodePayCli.OK : CodePayCli.REFUSED;
  }
}
