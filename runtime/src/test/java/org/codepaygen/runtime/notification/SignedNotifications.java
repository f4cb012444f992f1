package org.codepaygen.runtime.notification;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.keys.CodePayKeys;

/** The openssl-signed notifications of test-fixtures/files, and forgeries made from them. */
final class SignedNotifications {
  static final String JSON = "application/json; charset=UTF-8";
  static final String FORM = "application/x-www-form-urlencoded";
  static final String SALE_TRANS_NO = "26112606580300000001";

  private SignedNotifications() {}

  private static final PublicKey GATEWAY_PUBLIC_KEY = CodePayKeys.publicKey(Fixtures.text(Fixtures.GATEWAY_PUBLIC));

  static PublicKey gatewayPublicKey() {
    return GATEWAY_PUBLIC_KEY;
  }

  static String saleJson() {
    return Fixtures.text(Fixtures.NOTIFICATION_SALE_JSON);
  }

  static String saleForm() {
    return Fixtures.text(Fixtures.NOTIFICATION_SALE_FORM);
  }

  static String refundJson() {
    return Fixtures.text(Fixtures.NOTIFICATION_REFUND_JSON);
  }

  static String merchantSignedSale() {
    return Fixtures.text(Fixtures.NOTIFICATION_SALE_MERCHANT_SIGNED);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The sale's sign, as it is in the JSON body. */
  static String saleSign() {
    Matcher sign = Pattern.compile("\"sign\":\"([^\"]+)\"").matcher(saleJson());
    if (!sign.find()) {
      throw new IllegalStateException("The sale fixture has no sign");
    }
    return sign.group(1);
  }

  /** Every member name of a JSON fixture, sign included. */
  static List<String> jsonMemberNames(String json) {
    List<String> names = new ArrayList<>();
    Matcher name = Pattern.compile("[{,]\"([a-z_]+)\":").matcher(json);
    while (name.find()) {
      names.add(name.group(1));
    }
    return names;
  }

  /** The JSON body with one character of {@code member}'s value changed (or, for an empty string, one added). */
  static String tamperJson(String json, String member) {
    int value = json.indexOf("\"" + member + "\":") + member.length() + 3;
    if (json.charAt(value) == '"') {
      value++;
      if (json.charAt(value) == '"') {
        return json.substring(0, value) + "x" + json.substring(value);
      }
    }
    return changeAt(json, value);
  }

  /** The form body with one character of {@code member}'s value changed (or, for an empty value, one added). */
  static String tamperForm(String form, String member) {
    int start = form.startsWith(member + "=") ? 0 : form.indexOf("&" + member + "=") + 1;
    int value = start + member.length() + 1;
    if (value == form.length() || form.charAt(value) == '&') {
      return form.substring(0, value) + "x" + form.substring(value);
    }
    return changeAt(form, value);
  }

  /** Replaces the letter or digit at {@code index} by another of its kind, so the body stays well-formed. */
  private static String changeAt(String body, int index) {
    char c = body.charAt(index);
    if (!Character.isLetterOrDigit(c)) {
      throw new IllegalArgumentException("Not a letter or digit at " + index + ": " + c);
    }
    char changed = c == '9' || c == 'Z' || c == 'z' ? (char) (c - 1) : (char) (c + 1);
    return body.substring(0, index) + changed + body.substring(index + 1);
  }

  /** The JSON body without {@code member}. */
  static String withoutJsonMember(String json, String member) {
    return json.replaceFirst(",\"" + member + "\":(\"[^\"]*\"|[^,}]*)", "");
  }
}
