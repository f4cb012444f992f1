package org.codepaygen.runtime.http;

import org.codepaygen.runtime.error.ClientClosedException;

/** Lets a transport's calls through until it is closed; checked before a request is encoded and signed. */
final class CallGate {
  private volatile boolean closed;

  void close() {
    closed = true;
  }

  /** @throws ClientClosedException once the transport is closed */
  void checkOpen(String endpoint) {
    if (closed) {
      throw new ClientClosedException(endpoint);
    }
  }
}
