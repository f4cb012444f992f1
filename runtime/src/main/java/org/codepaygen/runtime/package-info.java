/**
 * The CodePay runtime's public entry point: {@link org.codepaygen.runtime.CodePayClient} builds the generated
 * clients; {@code keys} loads keys; {@code error} holds the exceptions every call may throw.
 */
package org.codepaygen.runtime;
