package org.codepaygen.sandbox.http;

import java.util.EnumMap;
import java.util.Map;
import org.codepaygen.runtime.Language;

/**
 * The refusals of the HTTP layer itself, before a request reaches the gateway's checks: the E01 group of the
 * gateway's catalogue, continued here because only the server can tell them. Same form as the gateway's errors:
 * a code, an HTTP status and the message in the four languages.
 */
enum TransportError {
  REQUEST_TIMEOUT("E01006", 408,
      "The request did not arrive in time",
      "请求未能按时送达",
      "リクエストが時間内に届きませんでした",
      "La requête n'est pas arrivée à temps"),
  HEADERS_TOO_LARGE("E01007", 431,
      "The request headers are too large",
      "请求头过大",
      "リクエストヘッダーが大きすぎます",
      "Les en-têtes de la requête sont trop volumineux"),
  MALFORMED_REQUEST("E01008", 400,
      "The HTTP request is malformed",
      "HTTP 请求格式错误",
      "HTTP リクエストの形式が正しくありません",
      "La requête HTTP est mal formée");

  private final String code;
  private final int httpStatus;
  private final Map<Language, String> messages = new EnumMap<>(Language.class);

  TransportError(String code, int httpStatus, String enUs, String zhCn, String jaJp, String frFr) {
    this.code = code;
    this.httpStatus = httpStatus;
    messages.put(Language.EN_US, enUs);
    messages.put(Language.ZH_CN, zhCn);
    messages.put(Language.JA_JP, jaJp);
    messages.put(Language.FR_FR, frFr);
  }

  /**
   * The error for a status the HTTP parser answered with: 414 and 431 are both an oversized head, anything else
   * (400, 501 for an unknown transfer coding, 505 for another HTTP version) a malformed request.
   */
  static TransportError forStatus(int status) {
    return switch (status) {
      case 408 -> REQUEST_TIMEOUT;
      case 414, 431 -> HEADERS_TOO_LARGE;
      default -> MALFORMED_REQUEST;
    };
  }

  String code() {
    return code;
  }

  int httpStatus() {
    return httpStatus;
  }

  String message(Language language) {
    return messages.get(language);
  }
}
