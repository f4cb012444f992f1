package org.codepaygen.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PrivateKey;
import org.codepaygen.runtime.keys.CodePayKeys;
import picocli.CommandLine.Option;

/** {@code --key} and {@code --passphrase-file}: the merchant private key that signs. */
public final class PrivateKeyOptions {
  /** The file {@code codepay keys generate} writes the PKCS#8 private key to. */
  public static final String DEFAULT_KEY = "merchant-private-pkcs8.pem";

  @Option(
      names = {"-k", "--key"},
      paramLabel = "FILE",
      defaultValue = DEFAULT_KEY,
      description = "The merchant private key: PKCS#8 or PKCS#1 PEM (encrypted too) or bare Base64."
          + " Default: ${DEFAULT-VALUE}.")
  Path key;

  @Option(
      names = "--passphrase-file",
      paramLabel = "FILE",
      description = "A file whose first line is the passphrase of an encrypted key.")
  Path passphraseFile;

  /** Reads the key. */
  public PrivateKey load() throws IOException {
    return CodePayKeys.privateKey(key, Inputs.passphrase(passphraseFile));
  }
}
