package org.codepaygen.runtime.error;

/**
 * A key could not be used: it did not parse, is not RSA, is too short, needs a passphrase, or is the wrong half of
 * a key pair. The message says what was found; it never contains key material.
 */
public final class KeyFormatException extends CodePayException {
  /** A key could not be used, for the reason in {@code message}. */
  public KeyFormatException(String message, Throwable cause) {
    super(message, null, null, cause);
  }

  @Override
  public boolean isSafeToRetry() {
    return false;
  }
}
