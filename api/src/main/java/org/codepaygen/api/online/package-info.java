/**
 * Selling on the web (protocol §8, §9): CodePay's hosted checkout page, a card form of your own with the card
 * encrypted by the client, or a wallet payment link. Every payment made here is queried, refunded, revoked and
 * notified like a terminal payment, through {@link org.codepaygen.api.Payments}.
 */
package org.codepaygen.api.online;
