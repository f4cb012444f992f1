/** Notifications to loopback notify_urls, retried on the protocol's schedule until acknowledged. */
package org.codepaygen.sandbox.notify;
