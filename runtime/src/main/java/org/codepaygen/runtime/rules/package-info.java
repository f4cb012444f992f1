/** CodePay's formatting rules (Basic rules, protocol §4) as checks for the generated models. */
package org.codepaygen.runtime.rules;
