package org.codepaygen.runtime.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

/**
 * Signs canonical strings with SHA256withRSA (RSASSA-PKCS1-v1_5, CodePay's "RSA2") through the JCA. The result is
 * standard padded Base64 without line breaks, byte-identical to {@code openssl dgst -sha256 -sign}. Thread-safe:
 * the key is parsed once and each call uses its own {@link Signature}.
 */
public final class RequestSigner {
  static final String ALGORITHM = "SHA256withRSA";

  private final PrivateKey key;

  /** Signs with {@code key}, parsed once (see {@code CodePayKeys}). */
  public RequestSigner(PrivateKey key) {
    this.key = key;
  }

  /** Signs the UTF-8 bytes of {@code canonical}. */
  public String sign(String canonical) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initSign(key);
      signature.update(canonical.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK cannot sign with " + ALGORITHM, e);
    }
  }

  /** Never prints the key. */
  @Override
  public String toString() {
    return "RequestSigner[" + ALGORITHM + ", key redacted]";
  }
}
