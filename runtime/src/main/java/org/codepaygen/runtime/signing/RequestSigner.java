package org.codepaygen.runtime.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

/**
 * Signs canonical strings with SHA256withRSA (RSASSA-PKCS1-v1_5, CodePay's "RSA2") through the JCA. The result is
 * standard padded Base64 without line breaks, byte-identical to {@code openssl dgst -sha256 -sign} whichever
 * {@link RsaEngine} signs. Thread-safe: the key is parsed and converted for the engine once, and each call uses its
 * own {@link Signature}.
 */
public final class RequestSigner {
  private final RsaEngine.Bound<PrivateKey> key;

  /** Signs with {@code key}, parsed once (see {@code CodePayKeys}), on {@link RsaEngine#jca()}. */
  public RequestSigner(PrivateKey key) {
    this(key, RsaEngine.jca());
  }

  /** Signs with {@code key} on {@code engine}. */
  public RequestSigner(PrivateKey key, RsaEngine engine) {
    this.key = engine.bind(key);
  }

  /** Signs the UTF-8 bytes of {@code canonical}. */
  public String sign(String canonical) {
    try {
      Signature signature = key.newSignature();
      signature.initSign(key.key());
      signature.update(canonical.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(key.engine().name() + " cannot sign with " + RsaEngine.ALGORITHM, e);
    }
  }

  /** Never prints the key. */
  @Override
  public String toString() {
    return "RequestSigner[" + RsaEngine.ALGORITHM + " on " + key.engine().name() + ", key redacted]";
  }
}
