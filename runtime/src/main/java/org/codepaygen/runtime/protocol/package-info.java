/**
 * CodePay messages on the wire: the request envelope and signature, and the verified decoding of answers. Knows
 * nothing of Retrofit; {@code org.codepaygen.runtime.http} plugs it in.
 */
package org.codepaygen.runtime.protocol;
