package org.codepaygen.sandbox.gateway;

import org.codepaygen.runtime.Language;

/**
 * A request the gateway refuses. The detail names what was wrong (a parameter name, never its value, so that no
 * signature or merchant data is echoed into messages or logs) and is appended to the catalogue message.
 */
public final class GatewayException extends Exception {
  private final ErrorCode error;
  private final String detail;

  public GatewayException(ErrorCode error, String detail) {
    super(detail == null ? error.code() : error.code() + ": " + detail, null, false, false);
    this.error = error;
    this.detail = detail;
  }

  public GatewayException(ErrorCode error) {
    this(error, null);
  }

  public ErrorCode error() {
    return error;
  }

  /** The message in {@code language}, with the detail when there is one. */
  public String message(Language language) {
    return detail == null ? error.message(language) : error.message(language) + ": " + detail;
  }
}
