/**
 * The JSON conventions of CodePay messages on top of Jackson: one shared mapper, literal number texts for
 * signatures, nested models as JSON-encoded strings, UTC dates and enum wire codes.
 */
package org.codepaygen.runtime.json;
