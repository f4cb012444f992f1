package org.codepaygen.sample;

/**
 * One step of the scenario: what was tried, how it ended, and the gateway's request id when an answer came.
 *
 * @param expected whether the step ended the way the scenario means it to (a refused emoji is expected)
 */
public record StepResult(String step, String outcome, String psn, boolean expected) {}
