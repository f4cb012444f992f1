/** The customer's side of online and QR payments: the pages behind pay_url, qrcode_url and 3-D Secure. */
package org.codepaygen.sandbox.pages;
