/** Loading the merchant private key and the gateway public key from the formats CodePay users have. */
package org.codepaygen.runtime.keys;
