package org.codepaygen.runtime.notification;

/**
 * A member name from an untrusted body, made safe for a message or a log line: cut to 40 characters, anything but
 * printable ASCII shown as {@code ?}. Values are never quoted.
 */
final class Quoted {
  private static final int MAX = 40;

  private Quoted() {}

  static String name(String untrusted) {
    StringBuilder safe = new StringBuilder("'");
    for (int i = 0; i < Math.min(untrusted.length(), MAX); i++) {
      char c = untrusted.charAt(i);
      safe.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return safe.append(untrusted.length() > MAX ? "…'" : "'").toString();
  }
}
