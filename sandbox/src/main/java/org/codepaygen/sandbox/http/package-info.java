/**
 * The HTTPS server (Jetty, with time and size limits per connection), routing by exact path (or folder, for the
 * customer pages) to {@link org.codepaygen.sandbox.http.Endpoint}s, request body parsing (JSON, form, multipart)
 * and signed responses.
 */
package org.codepaygen.sandbox.http;
