package org.codepaygen.runtime.card;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Puts the {@link CardDetails} object itself into the JSON tree the request encoder builds, where
 * {@link CardEncryption} replaces it by ciphertext. Written to any real JSON output it fails (Jackson has no text
 * form for an embedded object), so card details can never be serialized in clear by accident.
 */
final class CardDetailsSerializer extends StdSerializer<CardDetails> {
  CardDetailsSerializer() {
    super(CardDetails.class);
  }

  @Override
  public void serialize(CardDetails value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeEmbeddedObject(value);
  }
}
