package org.codepaygen.runtime;

import java.util.Optional;

/** The languages CodePay writes error descriptions in, sent as {@code Accept-Language}. */
public enum Language {
  EN_US("en-US"),
  ZH_CN("zh-CN"),
  JA_JP("ja-JP"),
  FR_FR("fr-FR");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** The BCP 47 tag, such as {@code "ja-JP"}. */
  public String tag() {
    return tag;
  }

  /** The language with this tag, compared without regard to case, if CodePay supports it. */
  public static Optional<Language> fromTag(String tag) {
    for (Language language : values()) {
      if (language.tag.equalsIgnoreCase(tag)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
