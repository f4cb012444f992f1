/**
 * CodePay's Cloud API: your back end pushes orders to a CodePay payment terminal (protocol §5), including
 * pre-authorisations, and closes its batch. Follow each order with {@link org.codepaygen.api.Payments}.
 */
package org.codepaygen.api.cloud;
