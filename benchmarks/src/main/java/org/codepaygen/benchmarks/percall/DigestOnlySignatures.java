package org.codepaygen.benchmarks.percall;

import java.io.ByteArrayOutputStream;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Security;
import java.security.SignatureSpi;

/**
 * A JCA provider, installed first in a benchmark fork only, whose "SHA256withRSA" is just the SHA-256 digest. The
 * runtime and the hand-written baseline both ask the JCA for that algorithm, so installing it takes RSA out of both
 * sides of the per-call figure without any test hook in production code. Never install it outside a benchmark.
 */
public final class DigestOnlySignatures extends Provider {
  private static final String NAME = "CodePayBenchDigestOnly";

  private DigestOnlySignatures() {
    super(NAME, "1.0", "SHA256withRSA replaced by a bare SHA-256 digest, for benchmarks only");
    put("Signature.SHA256withRSA", DigestOnlySignature.class.getName());
  }

  public static void install() {
    Security.insertProviderAt(new DigestOnlySignatures(), 1);
  }

  public static void uninstall() {
    Security.removeProvider(NAME);
  }

  /** "Signs" with the digest of the data; "verifies" by recomputing it. Accepts any key. */
  public static final class DigestOnlySignature extends SignatureSpi {
    private final ByteArrayOutputStream data = new ByteArrayOutputStream(512);

    @Override
    protected void engineInitVerify(PublicKey publicKey) throws InvalidKeyException {
      data.reset();
    }

    @Override
    protected void engineInitSign(PrivateKey privateKey) throws InvalidKeyException {
      data.reset();
    }

    @Override
    protected void engineUpdate(byte b) {
      data.write(b);
    }

    @Override
    protected void engineUpdate(byte[] b, int off, int len) {
      data.write(b, off, len);
    }

    @Override
    protected byte[] engineSign() {
      return digest();
    }

    @Override
    protected boolean engineVerify(byte[] sigBytes) {
      return MessageDigest.isEqual(digest(), sigBytes);
    }

    private byte[] digest() {
      try {
        return MessageDigest.getInstance("SHA-256").digest(data.toByteArray());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("The JDK has no SHA-256", e);
      }
    }

    @Override
    @Deprecated
    protected void engineSetParameter(String param, Object value) {
      throw new UnsupportedOperationException();
    }

    @Override
    @Deprecated
    protected Object engineGetParameter(String param) {
      throw new UnsupportedOperationException();
    }
  }
}
