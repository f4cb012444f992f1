package org.codepaygen.spring.autoconfigure;

import java.util.List;
import org.codepaygen.runtime.AnswerListener;

/** Tells every {@link AnswerListener} bean about each verified answer, even when one of them fails. */
final class AnswerListeners implements AnswerListener {
  private final List<AnswerListener> listeners;

  AnswerListeners(List<AnswerListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void onVerifiedAnswer(String endpoint, int httpStatus, String code, String psn, String requestId) {
    RuntimeException first = null;
    for (AnswerListener listener : listeners) {
      try {
        listener.onVerifiedAnswer(endpoint, httpStatus, code, psn, requestId);
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first; // the runtime logs it and goes on with the call
    }
  }
}
