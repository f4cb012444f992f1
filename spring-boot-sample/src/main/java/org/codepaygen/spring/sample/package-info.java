/**
 * A Spring Boot web shop on {@code codepay-spring-boot-starter}: the {@code OnlineCheckout} client is injected, the
 * notification arrives through the starter's endpoint at {@code codepay.notifications.path}.
 */
package org.codepaygen.spring.sample;
