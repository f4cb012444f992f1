package org.codepaygen.sandbox.gateway;

import org.codepaygen.runtime.Language;

/** Chooses the language of an answer from the request's {@code Accept-Language} header (Basic rules). */
public final class AcceptLanguage {
  private AcceptLanguage() {}

  /**
   * Picks the language of an {@code Accept-Language} header: the supported tag with the highest quality, in the
   * header's order on ties; en-US when the header is absent or names no supported tag exactly.
   */
  public static Language pick(String header) {
    if (header == null) {
      return Language.EN_US;
    }
    Language best = Language.EN_US;
    double bestQuality = -1;
    for (String entry : header.split(",")) {
      String[] parts = entry.split(";");
      Language language = Language.fromTag(parts[0].strip()).orElse(null);
      double quality = quality(parts);
      if (language != null && quality > 0 && quality > bestQuality) {
        best = language;
        bestQuality = quality;
      }
    }
    return best;
  }

  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      if (parameter.startsWith("q=")) {
        try {
          return Double.parseDouble(parameter.substring(2));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
