package org.codepaygen.sandbox.gateway;

import java.util.regex.Pattern;

/**
 * One business parameter of a method: whether it must be sent, its maximum length in characters and the pattern
 * its whole text must match ({@code null}: any text).
 */
record Field(String name, boolean required, int maxLength, Pattern pattern) {
  static final Pattern ORDER_NO = Pattern.compile("[0-9A-Za-z_\\-|*@]+");
  static final Pattern DIGITS = Pattern.compile("[0-9]+");
  static final Pattern AMOUNT = Pattern.compile("[0-9]{1,12}(\\.[0-9]{1,4})?");
  static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  static Field required(String name, int maxLength) {
    return new Field(name, true, maxLength, null);
  }

  static Field optional(String name, int maxLength) {
    return new Field(name, false, maxLength, null);
  }

  static Field required(String name, int maxLength, Pattern pattern) {
    return new Field(name, true, maxLength, pattern);
  }

  static Field optional(String name, int maxLength, Pattern pattern) {
    return new Field(name, false, maxLength, pattern);
  }

  /** Missing, then shape (a JSON object or array where text is expected), then length, then pattern. */
  void check(WireRequest request) throws GatewayException {
    String value = request.value(name);
    if (value == null) {
      if (required) {
        throw new GatewayException(ErrorCode.MISSING_PARAMETER, name);
      }
      return;
    }
    if (request.isStructured(name)) {
      throw new GatewayException(ErrorCode.INVALID_PARAMETER, name);
    }
    if (value.length() > maxLength) {
      throw new GatewayException(ErrorCode.PARAMETER_TOO_LONG, name);
    }
    if (pattern != null && !pattern.matcher(value).matches()) {
      throw new GatewayException(ErrorCode.INVALID_PARAMETER, name);
    }
  }
}
