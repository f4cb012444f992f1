package org.codepaygen.sandbox.gateway;

import java.util.Locale;

/** The four languages the gateway answers in (Basic rules, "Languages responded to"); en-US otherwise. */
public enum Language {
  EN_US("en-US"),
  ZH_CN("zh-CN"),
  JA_JP("ja-JP"),
  FR_FR("fr-FR");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  public String tag() {
    return tag;
  }

  /**
   * Picks the language of an {@code Accept-Language} header: the supported tag with the highest quality, in the
   * header's order on ties; en-US when the header is absent or names no supported tag exactly.
   */
  public static Language fromAcceptLanguage(String header) {
    if (header == null) {
      return EN_US;
    }
    Language best = EN_US;
    double bestQuality = -1;
    for (String entry : header.split(",")) {
      String[] parts = entry.split(";");
      Language language = byTag(parts[0].strip());
      double quality = quality(parts);
      if (language != null && quality > 0 && quality > bestQuality) {
        best = language;
        bestQuality = quality;
      }
    }
    return best;
  }

  private static Language byTag(String tag) {
    for (Language language : values()) {
      if (language.tag.toLowerCase(Locale.ROOT).equals(tag.toLowerCase(Locale.ROOT))) {
        return language;
      }
    }
    return null;
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
