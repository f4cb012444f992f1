/** Card data of merchant checkouts: decrypted, checked, reduced to how the test card behaves, never printed. */
package org.codepaygen.sandbox.card;
