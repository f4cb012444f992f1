package org.codepaygen.runtime.error;

/**
 * An answer arrived whose {@code sign} is missing or does not verify with the gateway public key. Its content is
 * never returned: anyone between the client and the gateway could have written it. The psn is reported only as
 * "claimed", because nothing in an unverified answer can be trusted.
 */
public final class ResponseSignatureException extends CodePayException {
  private final int httpStatus;

  /**
   * An answer with {@code httpStatus} to the request with the {@code Http-Request-Psn} {@code requestId} was not
   * trusted because of {@code problem}; it claims {@code claimedPsn}.
   */
  public ResponseSignatureException(
      String problem, int httpStatus, String endpoint, String claimedPsn, String requestId) {
    super(
        "The gateway's answer (HTTP " + httpStatus + ") was not trusted: " + problem
            + (claimedPsn == null ? "" : "; it claims psn " + claimedPsn)
            + ". Check the configured gateway public key; query the order before retrying.",
        endpoint,
        null,
        requestId,
        null);
    this.httpStatus = httpStatus;
  }

  /** The HTTP status the untrusted answer came with. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The request reached the gateway, or something that answered for it: its effect is unknown. */
  @Override
  public boolean isSafeToRetry() {
    return false;
  }
}
