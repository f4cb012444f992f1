/**
 * Wallet payments by QR code (protocol §8): you scan the customer's code, or the customer scans yours. Every payment
 * made here is queried, refunded, revoked and notified like a terminal payment, through
 * {@link org.codepaygen.api.Payments}.
 */
package org.codepaygen.api.qr;
