package org.codepaygen.cli.keys;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.codepaygen.cli.CodePayCli;
import org.codepaygen.cli.Inputs;
import org.codepaygen.cli.Refused;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code codepay keys convert}: one key, read in any accepted form, written in another. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a key in another form.",
      "Reads a key in any form CodePay accepts (PKCS#8 or PKCS#1 PEM, encrypted PKCS#8, bare Base64, X.509"
          + " public key or certificate) and writes it in the form --to names.",
      "A private key can be written in every form, its public half included; a public key only as public or"
          + " public-base64. Without --out the result goes to standard output."
    })
final class ConvertCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KEY", description = "The key file to read.")
  Path input;

  @Option(names = "--to", required = true, paramLabel = "FORM", converter = KeyForm.Converter.class,
      completionCandidates = KeyForm.Labels.class, description = "One of: ${COMPLETION-CANDIDATES}.")
  KeyForm to;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write here instead of standard output; never over an existing file. A private key's file is"
          + " readable by its owner only.")
  Path out;

  @Option(names = "--passphrase-file", paramLabel = "FILE",
      description = "A file whose first line is the passphrase of the encrypted KEY.")
  Path passphraseFile;

  @Option(names = "--new-passphrase-file", paramLabel = "FILE",
      description = "A file whose first line is the passphrase to encrypt with, for --to pkcs8-encrypted.")
  Path newPassphraseFile;

  @Override
  public Integer call() throws Exception {
    if ((to == KeyForm.PKCS8_ENCRYPTED) != (newPassphraseFile != null)) {
      throw new ParameterException(spec.commandLine(),
          "--new-passphrase-file is needed with --to pkcs8-encrypted, and only with it");
    }
    LoadedKey key = LoadedKey.read(input, Inputs.passphrase(passphraseFile));
    if (to.secret() && !key.isPrivate()) {
      throw new Refused(input + " holds a public key, which can only be written as public or public-base64");
    }
    String text = to.write(key.privateKey(), key.publicKey(), Inputs.passphrase(newPassphraseFile));
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      KeyFiles.writeAll(List.of(new KeyFiles.KeyFile(out, to, text)));
      spec.commandLine().getErr().println("Wrote " + out + ": " + to.description());
    }
    return CodePayCli.OK;
  }
}
