package org.codepaygen.runtime.error;

import java.util.ArrayList;
import java.util.List;

/**
 * The root of every failure the CodePay runtime reports. Unchecked, so that synchronous calls read naturally and
 * {@code CompletableFuture} calls complete exceptionally with the same types.
 *
 * <p>Each instance carries the gateway method of the call ({@link #endpoint()}), the gateway's request id
 * ({@link #psn()}) when the gateway gave one, and the client's own id of the HTTP request ({@link #requestId()}, sent
 * as {@code Http-Request-Psn}) once a request was made; all three also appear in {@link #getMessage()}, so a logged
 * message is enough to ask CodePay for help, even about a request that never got an answer. {@link #isSafeToRetry()} says whether sending the same request again can never
 * cause a second charge.
 */
public abstract class CodePayException extends RuntimeException {
  private final String endpoint;
  private final String psn;
  private final String requestId;

  /** {@code endpoint} and {@code psn} may be {@code null}; both are appended to the message when present. */
  protected CodePayException(String description, String endpoint, String psn, Throwable cause) {
    this(description, endpoint, psn, null, cause);
  }

  /**
   * {@code endpoint}, {@code psn} and {@code requestId} may be {@code null}; each is appended to the message when
   * present.
   */
  protected CodePayException(String description, String endpoint, String psn, String requestId, Throwable cause) {
    super(describe(description, endpoint, psn, requestId), cause);
    this.endpoint = endpoint;
    this.psn = psn;
    this.requestId = requestId;
  }

  /** The gateway method being called, such as {@code "order.query"}, or {@code null} outside a call. */
  public String endpoint() {
    return endpoint;
  }

  /** The gateway's unique id for the request, or {@code null} when no verified answer carried one. */
  public String psn() {
    return psn;
  }

  /**
   * The 20-digit id this client sent as the {@code Http-Request-Psn} header of the request, or {@code null} when the
   * failure came before any HTTP request was made (a broken rule, a closed client, a request that could not be
   * encoded) or outside a call. Unlike {@link #psn()}, it exists even when no answer came: give it to CodePay's
   * support to find a request whose outcome is unknown.
   */
  public String requestId() {
    return requestId;
  }

  /**
   * Whether the request certainly did not take effect, so sending it again is safe. When {@code false}, query the
   * order by its {@code merchant_order_no} before doing anything else.
   */
  public abstract boolean isSafeToRetry();

  private static String describe(String description, String endpoint, String psn, String requestId) {
    List<String> context = new ArrayList<>();
    if (endpoint != null) {
      context.add("method=" + endpoint);
    }
    if (psn != null) {
      context.add("psn=" + psn);
    }
    if (requestId != null) {
      context.add("Http-Request-Psn=" + requestId);
    }
    return context.isEmpty() ? description : description + " [" + String.join(", ", context) + "]";
  }
}
