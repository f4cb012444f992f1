package org.codepaygen.processor.validation;

import java.util.Locale;

/** Qualified names of the annotations the validators read, and the default wire-name rule. */
final class Names {
  static final String PACKAGE = "org.codepaygen.annotations";
  static final String CODE_PAY_MODEL = PACKAGE + ".CodePayModel";
  static final String CODE_PAY_API = PACKAGE + ".CodePayApi";
  static final String ENDPOINT = PACKAGE + ".Endpoint";
  static final String WIRE_NAME = PACKAGE + ".WireName";
  static final String MAX_LENGTH = PACKAGE + ".MaxLength";
  static final String PATTERN = PACKAGE + ".Pattern";
  static final String SENSITIVE = PACKAGE + ".Sensitive";
  static final String UNKNOWN_CODE = PACKAGE + ".UnknownCode";
  static final String WIRE_CODE = PACKAGE + ".WireCode";
  /** The runtime's file of an upload, known by name since the processor does not have the runtime. */
  static final String FILE_DATA = "org.codepaygen.runtime.FileData";
  /** The member of an upload the runtime computes from the file. */
  static final String FILE_HASH = "file_data_hash";

  private Names() {}

  /**
   * The accessor name in snake_case: {@code merchantOrderNo} gives {@code merchant_order_no}, {@code orderID} gives
   * {@code order_id}, and {@code line2Amount} gives {@code line2_amount}.
   */
  static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 8);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char previous = name.charAt(i - 1);
        boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        if (!Character.isUpperCase(previous) || nextIsLower) {
          out.append('_');
        }
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
