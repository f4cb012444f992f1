package org.codepaygen.cli;

/** The command will not do what was asked, for the reason in the message; exit code 1. */
public final class Refused extends RuntimeException {
  public Refused(String message) {
    super(message);
  }
}
