package org.codepaygen.cli.keys;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.codepaygen.cli.CodePayCli;
import org.codepaygen.cli.Inputs;
import org.codepaygen.cli.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code codepay keys inspect}: what keys are, and whether private and public keys belong together. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Tells what keys are and whether private and public keys belong together.",
      "Tells for each key file its type, size, encoding and the SHA-256 fingerprint of its public key (for a"
          + " private key, of its public half). Never prints a private key.",
      "Given private and public keys, tells for each pair whether they belong together; exit code 1 when one"
          + " pair does not."
    })
final class InspectCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "KEY", description = "Key files: private or public, PEM or Base64.")
  List<Path> files;

  @Option(names = "--passphrase-file", paramLabel = "FILE",
      description = "A file whose first line is the passphrase of the encrypted keys.")
  Path passphraseFile;

  @Mixin Output output;

  @Override
  public Integer call() throws Exception {
    List<LoadedKey> keys = new ArrayList<>();
    for (Path file : files) {
      keys.add(LoadedKey.read(file, Inputs.passphrase(passphraseFile)));
    }
    List<Pair> pairs = new ArrayList<>();
    for (LoadedKey privateKey : keys) {
      for (LoadedKey publicKey : keys) {
        if (privateKey.isPrivate() && !publicKey.isPrivate()) {
          pairs.add(new Pair(privateKey, publicKey, privateKey.samePublicKey(publicKey)));
        }
      }
    }
    if (output.json()) {
      printJson(keys, pairs);
    } else {
      printText(keys, pairs, output.out());
    }
    return pairs.stream().allMatch(Pair::match) ? CodePayCli.OK : CodePayCli.REFUSED;
  }

  private record Pair(LoadedKey privateKey, LoadedKey publicKey, boolean match) {}

  private static void printText(List<LoadedKey> keys, List<Pair> pairs, PrintWriter out) {
    for (LoadedKey key : keys) {
      out.printf("%s: RSA %s key, %d bits, %s%n  SHA-256 fingerprint of the public key%s: %s%n",
          key.file(), key.isPrivate() ? "private" : "public", key.bits(), key.encoding(),
          key.isPrivate() ? " (its public half)" : "", key.fingerprint());
    }
    for (Pair pair : pairs) {
      out.printf("%s and %s %s%n", pair.privateKey().file(), pair.publicKey().file(),
          pair.match() ? "belong together" : "do NOT belong together: the public key is not this private key's");
    }
    out.flush();
  }

  private void printJson(List<LoadedKey> keys, List<Pair> pairs) {
    ObjectNode json = Output.object();
    ArrayNode list = json.putArray("keys");
    for (LoadedKey key : keys) {
      list.addObject()
          .put("path", key.file().toString())
          .put("type", key.isPrivate() ? "rsa-private" : "rsa-public")
          .put("bits", key.bits())
          .put("encoding", key.encoding())
          .put("fingerprint_sha256", key.fingerprint());
    }
    ArrayNode pairList = json.putArray("pairs");
    for (Pair pair : pairs) {
      pairList.addObject()
          .put("private", pair.privateKey().file().toString())
          .put("public", pair.publicKey().file().toString())
          .put("match", pair.match());
    }
    output.print(json);
  }
}
