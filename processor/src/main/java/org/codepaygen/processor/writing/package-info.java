/**
 * JavaPoet writers that turn the descriptions of {@link org.codepaygen.processor.model} into source files. They make
 * no decisions that could fail: everything was checked before.
 */
package org.codepaygen.processor.writing;
