package org.codepaygen.spring.autoconfigure.metrics;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.codepaygen.runtime.error.GatewayErrorException;
import org.codepaygen.runtime.error.MalformedResponseException;
import org.codepaygen.runtime.error.OutcomeUnknownException;
import org.codepaygen.runtime.error.RequestNotSentException;
import org.codepaygen.runtime.error.ResponseSignatureException;
import org.codepaygen.runtime.error.ValidationException;

/**
 * The {@code outcome} and {@code code} tags of one call: what kind of result it had and the gateway's answer code.
 * Both come from small, fixed sets (the gateway's codes are documented), so the tags stay few.
 */
record CallOutcome(String outcome, String code) {
  static final String NO_CODE = "none";

  static final CallOutcome SUCCESS = new CallOutcome("success", "0");

  static CallOutcome of(Throwable failure) {
    Throwable t = unwrap(failure);
    if (t instanceof GatewayErrorException gateway) {
      return new CallOutcome("gateway_error", gateway.code());
    }
    return new CallOutcome(kind(t), NO_CODE);
  }

  private static String kind(Throwable t) {
    if (t instanceof ValidationException) {
      return "invalid_request";
    }
    if (t instanceof RequestNotSentException) {
      return "not_sent";
    }
    if (t instanceof OutcomeUnknownException) {
      return "outcome_unknown";
    }
    if (t instanceof ResponseSignatureException || t instanceof MalformedResponseException) {
      return "invalid_answer";
    }
    return "error";
  }

  private static Throwable unwrap(Throwable t) {
    Throwable current = t;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
