/** The sandbox's self-signed TLS certificate. */
package org.codepaygen.sandbox.tls;
