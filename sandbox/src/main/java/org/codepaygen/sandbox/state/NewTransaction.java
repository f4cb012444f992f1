package org.codepaygen.sandbox.state;

import java.math.BigDecimal;

/**
 * What a request asks the terminal to do, already validated field by field. For a void or refund, {@code original}
 * names the payment it reverses.
 *
 * @param merchantOrderNo {@code null} only for the refund a revoke makes on its own
 * @param payScenario the terminal's scenario, {@code null} for online and QR payments
 * @param payMethodId the method the payment is made with once it succeeds, or {@code null} to derive it from
 *     the scenario (a card on {@code SWIPE_CARD}, a wallet otherwise)
 * @param requestId the {@code Http-Request-Psn} of the request that asked for it, or {@code null}
 */
public record NewTransaction(
    String merchantNo,
    String merchantOrderNo,
    TransType type,
    String currency,
    int fractionDigits,
    BigDecimal orderAmount,
    BigDecimal tipAmount,
    String terminalSn,
    String storeNo,
    String payScenario,
    String payMethodId,
    String description,
    String attach,
    String notifyUrl,
    OriginalRef original,
    String requestId) {

  /** The payment a void, refund, cancel or completion points at, by merchant_order_no or trans_no (at least one). */
  public record OriginalRef(String merchantOrderNo, String transNo) {}

  BigDecimal transAmount() {
    return tipAmount == null ? orderAmount : orderAmount.add(tipAmount);
  }
}
