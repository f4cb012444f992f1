package org.codepaygen.runtime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A successful gateway answer whose signature verified, as {@link CodePayClient#call} returns it: the gateway's
 * request id and the answer's {@code data} as a JSON tree. A {@code data} that arrived as a JSON-encoded string is
 * given parsed; an answer without {@code data} gives {@code null}.
 */
public final class VerifiedAnswer {
  private final String psn;
  private final JsonNode data;

  /** Made by the runtime for a verified success answer. */
  public VerifiedAnswer(String psn, JsonNode data) {
    this.psn = psn;
    this.data = data;
  }

  /** The gateway's id for the request. */
  public String psn() {
    return psn;
  }

  /** The business result, or {@code null} when the answer has none. */
  public JsonNode data() {
    return data;
  }

  @Override
  public String toString() {
    return "VerifiedAnswer[psn=" + psn + "]";
  }
}
