package org.codepaygen.processor.model;

/** What a model property holds, which decides how it is stored, checked and carried in JSON. */
public enum PropertyKind {
  /** A {@code String}: checked for BMP-only characters, and for length and pattern when annotated. */
  STRING,
  /** A primitive {@code boolean}, {@code byte}, {@code short}, {@code int}, {@code long}, {@code float} or {@code double}. */
  PRIMITIVE,
  /** A boxed number or {@code Boolean}, {@code BigDecimal} or {@code BigInteger}: carried as it is. */
  SCALAR,
  /** A {@code LocalDate}: carried as UTC {@code yyyy-MM-dd}. */
  DATE,
  /** A {@code LocalDateTime} or {@code Instant}: carried as UTC {@code yyyy-MM-dd HH:mm:ss}, whole seconds only. */
  DATE_TIME,
  /** An enum with wire codes and one unknown-code constant. */
  ENUM,
  /** A nested model, carried as a JSON-encoded string. */
  MODEL,
  /** A list of nested models, carried as a JSON-encoded string. */
  MODEL_LIST,
  /** A {@code List<String>}: each item checked for BMP-only characters; carried as a JSON-encoded string. */
  TEXT_LIST,
  /** A list of boxed numbers, {@code BigDecimal} or {@code BigInteger}; carried as a JSON-encoded string. */
  NUMBER_LIST,
  /** A {@code Map<String, String>}: keys and values checked for BMP-only characters; carried as a JSON-encoded string. */
  TEXT_MAP,
  /**
   * The runtime's {@code FileData}: the binary part of a multipart upload, named by the wire name; its model is the
   * request of an upload endpoint.
   */
  FILE;

  /**
   * Whether values of this kind are sent with {@code @EmbeddedJson}: a JSON-encoded string at the top level of a
   * request, plain JSON inside one.
   */
  public boolean isEmbedded() {
    return switch (this) {
      case MODEL, MODEL_LIST, TEXT_LIST, NUMBER_LIST, TEXT_MAP -> true;
      case STRING, PRIMITIVE, SCALAR, DATE, DATE_TIME, ENUM, FILE -> false;
    };
  }
}
