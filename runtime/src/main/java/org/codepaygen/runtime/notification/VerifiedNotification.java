package org.codepaygen.runtime.notification;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.codepaygen.runtime.error.MalformedNotificationException;
import org.codepaygen.runtime.error.NotificationMismatchException;
import org.codepaygen.runtime.json.CodePayJson;

/**
 * A notification whose signature verified with the gateway public key over every member received. It says which
 * transaction ended how; {@link #deliveryKey()} identifies it across the gateway's repeated deliveries. Strings may
 * echo merchant input: escape them before rendering. {@link #toString()} names the transaction only.
 */
public final class VerifiedNotification {
  private final Map<String, String> members;
  private final ObjectNode tree;
  private final String transNo;
  private final String transStatus;

  VerifiedNotification(Map<String, String> members, ObjectNode tree, String transNo, String transStatus) {
    this.members = Collections.unmodifiableMap(members);
    this.tree = tree;
    this.transNo = transNo;
    this.transStatus = transStatus;
  }

  /** The gateway's number of the transaction that ended. */
  public String transNo() {
    return transNo;
  }

  /** How it ended, as its wire code: {@code "2"} success, {@code "1"} failed or closed, {@code "3"} cancelled. */
  public String transStatus() {
    return transStatus;
  }

  /** The gateway's id for this notification, when it carries one. */
  public Optional<String> psn() {
    return member("psn");
  }

  /**
   * The same for every delivery of this notification and different for any other: {@code trans_no} and
   * {@code trans_status}, so that a later status of the same transaction is a new notification.
   */
  public String deliveryKey() {
    return transNo + "/" + transStatus;
  }

  /**
   * Every verified member except {@code sign}, as its text on the wire (numbers as written), in the order received;
   * a JSON null is {@code null}.
   */
  public Map<String, String> members() {
    return members;
  }

  /** One verified member's text, empty when absent, null or empty. */
  public Optional<String> member(String name) {
    return Optional.ofNullable(members.get(name)).filter(text -> !text.isEmpty());
  }

  /**
   * Decodes the members into {@code type}: a {@link org.codepaygen.annotations.CodePayModel} interface (such as a
   * {@code Transaction} declared for {@code order.query}) or any class Jackson can read through the runtime's
   * mapper. Members the type does not name are ignored.
   *
   * @throws MalformedNotificationException when the members do not fit the type
   */
  public <T> T as(Class<T> type) {
    try {
      return CodePayJson.mapper().readerFor(type).readValue(tree);
    } catch (IOException | RuntimeException e) {
      throw new MalformedNotificationException(
          "its members do not fit " + type.getSimpleName() + " (trans_no " + transNo + ")", 400);
    }
  }

  /**
   * Checks the notification against the merchant's own order: {@code price_currency} must equal {@code currency}
   * and {@code order_amount} must equal {@code orderAmount} in value ({@code 34.5} equals {@code 34.50}).
   *
   * @throws NotificationMismatchException naming the member that differs
   */
  public void checkOrder(String currency, BigDecimal orderAmount) {
    String receivedCurrency = member("price_currency").orElse("(none)");
    if (!receivedCurrency.equals(currency)) {
      throw new NotificationMismatchException(transNo, "price_currency", receivedCurrency, currency);
    }
    String receivedAmount = member("order_amount").orElse("(none)");
    if (!sameAmount(receivedAmount, orderAmount)) {
      throw new NotificationMismatchException(
          transNo, "order_amount", receivedAmount, orderAmount.toPlainString());
    }
  }

  private static boolean sameAmount(String text, BigDecimal expected) {
    try {
      return new BigDecimal(text).compareTo(expected) == 0;
    } catch (NumberFormatException notANumber) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "VerifiedNotification[trans_no=" + transNo + ", trans_status=" + transStatus
        + psn().map(psn -> ", psn=" + psn).orElse("") + "]";
  }
}
