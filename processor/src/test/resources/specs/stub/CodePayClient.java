package org.codepaygen.runtime;

/**
 * Stands in for the runtime's client while the runtime on this branch does not have it yet: only what generated
 * clients call, so that they compile. Tests add it only when the real class is missing.
 */
public final class CodePayClient {
  public <S> S service(Class<S> retrofitService) {
    throw new UnsupportedOperationException("stand-in");
  }
}
