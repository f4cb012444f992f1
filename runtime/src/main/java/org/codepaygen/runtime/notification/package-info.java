/**
 * Receiving the gateway's notifications (protocol §6, §11): {@link org.codepaygen.runtime.notification.NotificationReader}
 * verifies a POSTed body, {@link org.codepaygen.runtime.notification.NotificationReceiver} adds duplicate detection
 * through a {@link org.codepaygen.runtime.notification.NotificationStore} and the application's callback, and answers
 * with a {@link org.codepaygen.runtime.notification.NotificationAnswer}. Nothing here depends on a web API;
 * {@code .httpserver} adapts it to the JDK's HTTP server.
 */
package org.codepaygen.runtime.notification;
