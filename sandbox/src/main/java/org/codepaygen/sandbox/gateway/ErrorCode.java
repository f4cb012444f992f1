package org.codepaygen.sandbox.gateway;

import java.util.EnumMap;
import java.util.Map;
import org.codepaygen.runtime.Language;

/**
 * Every error the sandbox answers with: its code, HTTP status and message in the four supported languages. The
 * checks run in the order of the code groups: E01 transport and body, E02 envelope, E03 app, E04 timestamp, E05
 * signature, E06 characters, E07 method, E08 business fields, E09 order state, E10 the sandbox itself.
 * {@code E07303} is the one code CodePay documents; the others are this sandbox's.
 */
public enum ErrorCode {
  METHOD_NOT_ALLOWED("E01001", 405,
      "Only POST is accepted",
      "仅接受 POST 请求",
      "POST のみ受け付けます",
      "Seule la méthode POST est acceptée"),
  UNSUPPORTED_CONTENT_TYPE("E01002", 415,
      "The content type is not supported",
      "不支持该内容类型",
      "このコンテンツタイプはサポートされていません",
      "Ce type de contenu n'est pas pris en charge"),
  BODY_TOO_LARGE("E01003", 413,
      "The request body is too large",
      "请求体过大",
      "リクエスト本文が大きすぎます",
      "Le corps de la requête est trop volumineux"),
  MALFORMED_BODY("E01004", 400,
      "The request body cannot be parsed",
      "无法解析请求体",
      "リクエスト本文を解析できません",
      "Le corps de la requête est illisible"),
  UNKNOWN_PATH("E01005", 404,
      "The path does not exist",
      "路径不存在",
      "パスが存在しません",
      "Le chemin n'existe pas"),
  MISSING_ENVELOPE_PARAMETER("E02001", 400,
      "A required common parameter is missing",
      "缺少必填公共参数",
      "必須の共通パラメータがありません",
      "Un paramètre commun obligatoire est absent"),
  INVALID_ENVELOPE_PARAMETER("E02002", 400,
      "A common parameter has an invalid value",
      "公共参数值无效",
      "共通パラメータの値が無効です",
      "Un paramètre commun a une valeur invalide"),
  UNKNOWN_APP_ID("E03001", 401,
      "The app_id is not known",
      "app_id 不存在",
      "app_id が存在しません",
      "L'app_id est inconnu"),
  MALFORMED_TIMESTAMP("E04001", 400,
      "The timestamp must be 13-digit epoch milliseconds",
      "timestamp 必须是 13 位毫秒时间戳",
      "timestamp は 13 桁のエポックミリ秒でなければなりません",
      "Le timestamp doit compter 13 chiffres (millisecondes epoch)"),
  TIMESTAMP_OUT_OF_WINDOW("E04002", 401,
      "The timestamp is more than 15 minutes away from the gateway's clock",
      "timestamp 与网关时间相差超过 15 分钟",
      "timestamp がゲートウェイの時刻から 15 分以上ずれています",
      "Le timestamp s'écarte de plus de 15 minutes de l'horloge de la passerelle"),
  INVALID_SIGNATURE("E05001", 401,
      "The signature does not verify",
      "验签失败",
      "署名の検証に失敗しました",
      "La signature n'est pas valide"),
  BASIC_AUTH_FAILED("E05002", 401,
      "The Basic authentication failed",
      "Basic 认证失败",
      "Basic 認証に失敗しました",
      "L'authentification Basic a échoué"),
  UNSUPPORTED_CHARACTER("E06001", 400,
      "Only characters of 1 to 3 UTF-8 bytes are accepted",
      "仅支持 1 至 3 字节的 UTF-8 字符",
      "1〜3 バイトの UTF-8 文字のみ使用できます",
      "Seuls les caractères UTF-8 de 1 à 3 octets sont acceptés"),
  UNKNOWN_METHOD("E07303", 403,
      "The API is not authorized or does not exist",
      "接口未授权或不存在",
      "API が許可されていないか存在しません",
      "L'API n'est pas autorisée ou n'existe pas"),
  MISSING_PARAMETER("E08001", 400,
      "A required business parameter is missing",
      "缺少必填业务参数",
      "必須の業務パラメータがありません",
      "Un paramètre métier obligatoire est absent"),
  PARAMETER_TOO_LONG("E08002", 400,
      "A business parameter is too long",
      "业务参数过长",
      "業務パラメータが長すぎます",
      "Un paramètre métier est trop long"),
  INVALID_PARAMETER("E08003", 400,
      "A business parameter has an invalid format",
      "业务参数格式错误",
      "業務パラメータの形式が正しくありません",
      "Un paramètre métier a un format invalide"),
  UNKNOWN_MERCHANT("E08004", 403,
      "The merchant_no is not known for this app",
      "该应用下不存在此 merchant_no",
      "このアプリに merchant_no が存在しません",
      "Le merchant_no est inconnu pour cette application"),
  NOTIFY_URL_NOT_ALLOWED("E08005", 400,
      "The notify_url must be an http or https address on this machine's loopback",
      "notify_url 必须是本机回环地址的 http 或 https 地址",
      "notify_url はこのマシンのループバック上の http または https アドレスでなければなりません",
      "La notify_url doit être une adresse http ou https de la boucle locale"),
  FILE_HASH_MISMATCH("E08006", 400,
      "The file_data_hash does not match the uploaded file",
      "file_data_hash 与上传文件不符",
      "file_data_hash がアップロードされたファイルと一致しません",
      "Le file_data_hash ne correspond pas au fichier envoyé"),
  DUPLICATE_ORDER("E09001", 409,
      "The merchant_order_no has already been used",
      "商户订单号重复",
      "merchant_order_no は既に使用されています",
      "Le merchant_order_no a déjà été utilisé"),
  TRANSACTION_NOT_FOUND("E09002", 404,
      "The transaction does not exist",
      "交易不存在",
      "取引が存在しません",
      "La transaction n'existe pas"),
  INVALID_TRANSACTION_STATUS("E09003", 409,
      "The transaction's status does not allow this operation",
      "当前交易状态不允许此操作",
      "現在の取引状態ではこの操作はできません",
      "L'état de la transaction ne permet pas cette opération"),
  AMOUNT_NOT_REFUNDABLE("E09004", 409,
      "The amount does not fit what can still be refunded or voided",
      "金额超出可退款或可撤销的金额",
      "金額が返金または取消可能な額と一致しません",
      "Le montant ne correspond pas à ce qui peut encore être remboursé ou annulé"),
  CURRENCY_MISMATCH("E09005", 400,
      "The currency differs from the original transaction's",
      "币种与原交易不一致",
      "通貨が元の取引と異なります",
      "La devise diffère de celle de la transaction d'origine"),
  INTERNAL_ERROR("E10001", 500,
      "The gateway failed to process the request",
      "网关处理请求失败",
      "ゲートウェイでリクエストを処理できませんでした",
      "La passerelle n'a pas pu traiter la requête");

  private final String code;
  private final int httpStatus;
  private final Map<Language, String> messages;

  ErrorCode(String code, int httpStatus, String enUs, String zhCn, String jaJp, String frFr) {
    this.code = code;
    this.httpStatus = httpStatus;
    this.messages = new EnumMap<>(Language.class);
    messages.put(Language.EN_US, enUs);
    messages.put(Language.ZH_CN, zhCn);
    messages.put(Language.JA_JP, jaJp);
    messages.put(Language.FR_FR, frFr);
  }

  /** The wire value of {@code code}. */
  public String code() {
    return code;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public String message(Language language) {
    return messages.get(language);
  }
}
