/** The HTTPS server, request body parsing (JSON, form, multipart) and signed responses. */
package org.codepaygen.sandbox.http;
