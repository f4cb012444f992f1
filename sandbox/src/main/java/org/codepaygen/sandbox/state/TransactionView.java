package org.codepaygen.sandbox.state;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An immutable copy of one transaction as it was when the order book answered; the live transaction only changes
 * under the book's lock. Amounts have the currency's scale.
 *
 * @param status a {@link TransStatus} value
 * @param endTime when the transaction reached a final status, else {@code null}
 * @param refundedAmount the sum of this payment's refunds and voids, pending or done
 * @param requestId the {@code Http-Request-Psn} of the request that created it, or {@code null}
 */
public record TransactionView(
    String transNo,
    String messageId,
    String merchantNo,
    String merchantOrderNo,
    TransType type,
    int status,
    String currency,
    BigDecimal orderAmount,
    BigDecimal tipAmount,
    BigDecimal transAmount,
    String terminalSn,
    String storeNo,
    String payScenario,
    String payMethodId,
    String description,
    String attach,
    String notifyUrl,
    Instant createdAt,
    Instant endTime,
    String errorCode,
    String errorMessage,
    String origTransNo,
    String origMerchantOrderNo,
    BigDecimal refundedAmount,
    boolean settled,
    String requestId) {}
