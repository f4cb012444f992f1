/**
 * Immutable descriptions of what to generate, built by the validators from the user's interfaces and read by the
 * writers. Nothing here refers to the compiler's elements, so the writers cannot report errors or look anything up.
 */
package org.codepaygen.processor.model;
