package org.codepaygen.runtime.error;

/**
 * The gateway answered, with a valid signature, that it did not do what was asked: its {@code code} is not
 * {@code "0"}. The HTTP status may be 200 or an error status; {@link #gatewayMessage()} is in the requested language.
 */
public final class GatewayErrorException extends CodePayException {
  private final String code;
  private final String gatewayMessage;
  private final int httpStatus;

  /**
   * The gateway answered {@code code} and {@code gatewayMessage} to a call of {@code endpoint} whose request carried
   * the {@code Http-Request-Psn} {@code requestId}.
   */
  public GatewayErrorException(
      String code, String gatewayMessage, int httpStatus, String endpoint, String psn, String requestId) {
    super("CodePay error " + code + ": " + gatewayMessage + " (HTTP " + httpStatus + ")", endpoint, psn, requestId,
        null);
    this.code = code;
    this.gatewayMessage = gatewayMessage;
    this.httpStatus = httpStatus;
  }

  /** The gateway's error code, such as {@code "E07303"}. */
  public String code() {
    return code;
  }

  /** The gateway's description of the error, in the language the client asked for. */
  public String gatewayMessage() {
    return gatewayMessage;
  }

  /** The HTTP status the answer came with. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The gateway rejected the request, so it took no effect and can be corrected and sent again. */
  @Override
  public boolean isSafeToRetry() {
    return true;
  }
}
