package org.codepaygen.runtime;

/**
 * Told about every answer whose signature verified, successful or not, before its data is decoded: an audit trail
 * of the gateway's request ids ({@code psn}), each beside the client's own ({@code Http-Request-Psn}), for the
 * calls that return plain models. Called on the thread that received the answer; it must be quick and thread-safe,
 * and anything it throws is ignored.
 */
@FunctionalInterface
public interface AnswerListener {
  /**
   * @param endpoint the gateway method called, such as {@code "order.query"}
   * @param code the answer's {@code code}; {@code "0"} is success
   * @param psn the gateway's id for the request
   * @param requestId the client's id for the request, sent as its {@code Http-Request-Psn} header
   */
  void onVerifiedAnswer(String endpoint, int httpStatus, String code, String psn, String requestId);
}
