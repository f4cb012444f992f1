package org.codepaygen.sandbox.state;

import java.time.Instant;

/**
 * A payment that waits on the customer, as its page shows it: the secret token of its URL, what kind of page it
 * is, and the transaction as it was when the order book answered.
 *
 * @param returnUrl where the browser goes after the customer acted, or {@code null}
 * @param orderDetail the merchant's {@code order_detail} JSON text (unchecked merchant input: escape it), or
 *     {@code null}
 * @param open whether the customer can still act: the payment waits at status 9 and has not expired
 */
public record CustomerSession(
    String token,
    SessionKind kind,
    String returnUrl,
    Instant expiresAt,
    String orderDetail,
    boolean open,
    TransactionView transaction) {}
