package org.codepaygen.sandbox.notify;

/**
 * A snapshot of one notification the sandbox sends (or keeps trying to send) to a notify_url.
 *
 * @param requestId the {@code Http-Request-Psn} of the request that created the transaction, or {@code null}
 * @param body the exact body sent, {@code sign} included; left out of {@link #toString()}
 * @param contentType the body's {@code Content-Type}: JSON or form-encoded (see {@link NotificationEncoding})
 * @param tries how many times it was sent so far
 * @param lastResult what the last try got back: {@code HTTP 200 "success"}, {@code HTTP 500}, a connection error
 */
public record Notification(
    long id, String notifyUrl, String transNo, String requestId, String body, String contentType, State state,
    int tries, String lastResult) {

  /** Where a notification is in its life. */
  public enum State {
    /** Not acknowledged yet; another try is scheduled. */
    PENDING,
    /** Answered with {@code success}. */
    DELIVERED,
    /** Every try of the schedule went unacknowledged. */
    ABANDONED
  }

  /** The same notification after a try that left it in {@code state}. */
  Notification after(State state, int tries, String lastResult) {
    return new Notification(id, notifyUrl, transNo, requestId, body, contentType, state, tries, lastResult);
  }

  @Override
  public String toString() {
    return "Notification[id=" + id + ", trans_no=" + transNo + ", Http-Request-Psn=" + requestId + ", " + state + " after " + tries + " tries, last: "
        + lastResult + "]";
  }
}
