/**
 * One validator per construct: {@link org.codepaygen.processor.validation.ModelValidator} for models and
 * {@link org.codepaygen.processor.validation.ApiValidator} for APIs. Each collects every problem of an interface in a
 * {@link org.codepaygen.processor.validation.ValidationReport}, worded by the one catalogue
 * {@link org.codepaygen.processor.validation.Message}, and describes what to generate only when there is none.
 */
package org.codepaygen.processor.validation;
