/**
 * The Retrofit and OkHttp glue: a converter that signs requests and verifies answers, a call adapter that turns
 * every outcome into a result or a {@link org.codepaygen.runtime.error.CodePayException}, and OkHttp settings that
 * keep TLS strict and never re-send a request.
 */
package org.codepaygen.runtime.http;
