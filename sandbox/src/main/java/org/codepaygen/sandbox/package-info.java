/**
 * A local HTTPS CodePay gateway for offline tests, samples and benchmarks: {@link
 * org.codepaygen.sandbox.CodePaySandbox} as a library, {@link org.codepaygen.sandbox.SandboxMain} as a program.
 * Architecture: {@code .http} serves and parses, {@code .gateway} checks and dispatches, {@code .state} keeps the
 * transactions and their state machine, {@code .card} decrypts merchant-checkout cards, {@code .pages} renders the
 * customer's pages, {@code .notify} calls notify_urls, {@code .tls} makes the certificate.
 */
package org.codepaygen.sandbox;
