package org.codepaygen.sandbox.http;

import java.util.Map;

/**
 * What the sandbox sends back: a status, the headers an endpoint chooses (a {@code Content-Type}, a
 * {@code Content-Security-Policy}, a {@code Location}) and the body. The server adds {@code Content-Length}.
 */
record Reply(int status, Map<String, String> headers, byte[] body) {
  Reply {
    headers = Map.copyOf(headers);
  }
}
