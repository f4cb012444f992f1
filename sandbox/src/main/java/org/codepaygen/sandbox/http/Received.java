package org.codepaygen.sandbox.http;

import org.codepaygen.runtime.Language;

/**
 * A request whose headers and whole body have arrived within the server's limits.
 *
 * @param language the language answers are written in, from {@code Accept-Language}
 */
record Received(String method, ContentType contentType, Language language, byte[] body) {}
