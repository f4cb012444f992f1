/**
 * Card data for {@code pay.merchant.checkout} (protocol §9): {@link org.codepaygen.runtime.card.CardDetails} is what
 * a model carries, {@link org.codepaygen.runtime.card.CardEncryption} how the client turns it into the {@code card}
 * and {@code enc_type} members. The plaintext exists only inside one call and is never printed.
 */
package org.codepaygen.runtime.card;
