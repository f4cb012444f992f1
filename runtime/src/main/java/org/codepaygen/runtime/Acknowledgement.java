package org.codepaygen.runtime;

/**
 * A verified success answer that carries no business data, such as the answer to {@code order.revoker}. Generated
 * clients use it behind endpoints declared {@code void}; it exists so that such answers are verified like any
 * other.
 */
public final class Acknowledgement {
  private final String psn;

  /** Made by the runtime for a verified answer; {@code psn} is that answer's. */
  public Acknowledgement(String psn) {
    this.psn = psn;
  }

  /** The gateway's id for the request. */
  public String psn() {
    return psn;
  }

  @Override
  public String toString() {
    return "Acknowledgement[psn=" + psn + "]";
  }
}
