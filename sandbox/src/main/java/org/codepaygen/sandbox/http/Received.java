package org.codepaygen.sandbox.http;

import org.codepaygen.runtime.Language;

import org.codepaygen.sandbox.gateway.WireRequest;

/**
 * A request whose headers and whole body have arrived within the server's limits.
 *
 * @param path the path within the server, such as {@code /api/entry}
 * @param language the language answers are written in, from {@code Accept-Language}
 * @param headers the {@code Http-Request-Psn} and {@code Authorization} headers
 */
record Received(
    String method,
    String path,
    ContentType contentType,
    Language language,
    WireRequest.Headers headers,
    byte[] body) {}
