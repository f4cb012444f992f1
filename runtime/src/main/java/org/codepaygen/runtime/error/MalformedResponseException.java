package org.codepaygen.runtime.error;

/**
 * Something answered, but not with a CodePay JSON envelope: a proxy's HTML error page, truncated or invalid JSON, a
 * body over the size limit. Keeps the HTTP status and the start of the body to help find who answered.
 */
public final class MalformedResponseException extends CodePayException {
  /** How much of a body an exception quotes. */
  public static final int EXCERPT_LENGTH = 200;

  private final int httpStatus;
  private final String excerpt;

  /**
   * An answer with {@code httpStatus} to the request with the {@code Http-Request-Psn} {@code requestId} is not a
   * CodePay answer because of {@code problem}.
   */
  public MalformedResponseException(String problem, int httpStatus, String excerpt, String endpoint, String psn,
      String requestId, Throwable cause) {
    super(
        "The answer (HTTP " + httpStatus + ") is not a CodePay response: " + problem
            + (excerpt.isEmpty() ? "" : "; it starts with: " + excerpt)
            + ". Its outcome is unknown: query the order before retrying.",
        endpoint,
        psn,
        requestId,
        cause);
    this.httpStatus = httpStatus;
    this.excerpt = excerpt;
  }

  /** The HTTP status of the answer. */
  public int httpStatus() {
    return httpStatus;
  }

  /** At most {@value #EXCERPT_LENGTH} characters from the start of the body. */
  public String excerpt() {
    return excerpt;
  }

  @Override
  public boolean isSafeToRetry() {
    return false;
  }
}
