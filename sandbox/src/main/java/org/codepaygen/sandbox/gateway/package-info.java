/** The gateway's checks in order, the error catalogue, and the method handlers. */
package org.codepaygen.sandbox.gateway;
