/**
 * CodePay's RSA2 signatures: the canonical string (protocol §1), signing requests with the merchant key and
 * verifying answers with the gateway key.
 */
package org.codepaygen.runtime.signing;
