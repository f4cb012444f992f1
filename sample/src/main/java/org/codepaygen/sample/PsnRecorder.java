package org.codepaygen.sample;

import org.codepaygen.runtime.AnswerListener;

/** Remembers the psn of the latest verified answer, so each step can report it. */
final class PsnRecorder implements AnswerListener {
  private volatile String last;

  @Override
  public void onVerifiedAnswer(String endpoint, int httpStatus, String code, String psn, String requestId) {
    last = psn;
  }

  /** The psn of the latest answer since the previous call, or {@code null} if none came. */
  String take() {
    String psn = last;
    last = null;
    return psn;
  }
}
