/**
 * The pages a customer sees on the sandbox: hosted checkout, 3-D Secure challenge and QR code, in the four
 * languages of {@code Accept-Language}, with every merchant text escaped and a policy that lets nothing load from
 * anywhere. {@link org.codepaygen.sandbox.pages.CustomerPages} is the entry point.
 */
package org.codepaygen.sandbox.pages;
