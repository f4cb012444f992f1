/**
 * The annotations users write to describe CodePay endpoints and their request and response models.
 *
 * <p>An interface annotated {@link org.codepaygen.annotations.CodePayApi} lists endpoints; each endpoint method
 * carries {@link org.codepaygen.annotations.Endpoint} and takes one {@link org.codepaygen.annotations.CodePayModel}.
 * The annotation processor turns each model into an immutable, rule-enforcing class and each API into a client
 * implementation. This module has no dependencies: it is all the processor needs to see.
 */
package org.codepaygen.annotations;
