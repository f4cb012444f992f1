package org.codepaygen.runtime.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.Base64;

/** Checks SHA256withRSA signatures made by the other side's private key. Thread-safe. */
public final class SignatureVerifier {
  private final RsaEngine.Bound<PublicKey> key;

  /** Verifies with {@code key}, the other side's RSA public key, on {@link RsaEngine#jca()}. */
  public SignatureVerifier(PublicKey key) {
    this(key, RsaEngine.jca());
  }

  /** Verifies with {@code key} on {@code engine}. */
  public SignatureVerifier(PublicKey key, RsaEngine engine) {
    this.key = engine.bind(key);
  }

  /**
   * Whether {@code base64Signature} is a valid signature of the UTF-8 bytes of {@code canonical}. Anything that is
   * not a well-formed signature, including {@code null}, is simply invalid.
   */
  public boolean verify(String canonical, String base64Signature) {
    if (base64Signature == null || base64Signature.isEmpty()) {
      return false;
    }
    byte[] signatureBytes;
    try {
      signatureBytes = Base64.getDecoder().decode(base64Signature);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    try {
      Signature signature = key.newSignature();
      signature.initVerify(key.key());
      signature.update(canonical.getBytes(StandardCharsets.UTF_8));
      return signature.verify(signatureBytes);
    } catch (SignatureException malformed) {
      return false;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(key.engine().name() + " cannot verify " + RsaEngine.ALGORITHM, e);
    }
  }
}
