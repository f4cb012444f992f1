/**
 * The exceptions the CodePay runtime throws, all subclasses of
 * {@link org.codepaygen.runtime.error.CodePayException}. Which subclass tells the caller what to do next: correct
 * and resend ({@code GatewayErrorException}, {@code ValidationException}), resend as is
 * ({@code RequestNotSentException}), or query the order first (every exception whose
 * {@code isSafeToRetry()} is false).
 */
package org.codepaygen.runtime.error;
