/**
 * The CodePay annotation processor. {@link org.codepaygen.processor.CodePayProcessor} runs the pipeline: the
 * validators of {@code .validation} check each annotated interface and build the descriptions of {@code .model};
 * the writers of {@code .writing} turn those into source files.
 */
package org.codepaygen.processor;
