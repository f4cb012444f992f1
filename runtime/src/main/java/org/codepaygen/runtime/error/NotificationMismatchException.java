package org.codepaygen.runtime.error;

/**
 * A verified notification does not match the merchant's own order: another amount or currency. The notification is
 * genuine, so this calls for a person to look at the order, not for a retry.
 */
public final class NotificationMismatchException extends CodePayException {
  private final String member;

  /** {@code member} of the notification for {@code transNo} says {@code received}, the order {@code expected}. */
  public NotificationMismatchException(String transNo, String member, String received, String expected) {
    super("The notification for trans_no " + transNo + " does not match the order: its " + member + " is "
        + received + ", the order's is " + expected, null, null, null);
    this.member = member;
  }

  /** The member that differs: {@code price_currency} or {@code order_amount}. */
  public String member() {
    return member;
  }

  @Override
  public boolean isSafeToRetry() {
    return false;
  }
}
