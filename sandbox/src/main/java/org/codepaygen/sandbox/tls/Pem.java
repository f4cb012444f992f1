package org.codepaygen.sandbox.tls;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** PEM text of certificates and public keys the sandbox hands out, written by Bouncy Castle. */
public final class Pem {
  private Pem() {}

  /** {@code object} (a certificate or a public key) as PEM. */
  public static String of(Object object) {
    StringWriter pem = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
      writer.writeObject(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pem.toString();
  }
}
