/** Transactions in memory, their state machine and the simulated terminal's outcomes. */
package org.codepaygen.sandbox.state;
