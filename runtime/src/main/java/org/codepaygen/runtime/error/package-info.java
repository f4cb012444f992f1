/**
 * The exceptions the CodePay runtime throws, all subclasses of
 * {@link org.codepaygen.runtime.error.CodePayException}. Which subclass tells the caller what to do next: correct
 * and resend ({@code GatewayErrorException}, {@code ValidationException}), resend as is
 * ({@code RequestNotSentException}), or query the order first (every exception whose
 * {@code isSafeToRetry()} is false). On the receiving side, a {@code NotificationException} says why a notification
 * POSTed by the gateway was refused and which HTTP status answers it.
 */
package org.codepaygen.runtime.error;
