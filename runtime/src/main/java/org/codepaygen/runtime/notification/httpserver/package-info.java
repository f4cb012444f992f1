/** The notification receiver on the JDK's {@code com.sun.net.httpserver}. */
package org.codepaygen.runtime.notification.httpserver;
