package org.codepaygen.runtime.notification;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.codepaygen.runtime.error.MalformedNotificationException;

/** UTF-8 decoding that refuses bad bytes instead of replacing them, which would change what was signed. */
final class StrictUtf8 {
  private StrictUtf8() {}

  static String decode(byte[] bytes, String problem) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedNotificationException(problem, 400);
    }
  }
}
