package org.codepaygen.runtime.json;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.codepaygen.annotations.UnknownCode;
import org.codepaygen.annotations.WireCode;

/** The wire codes of one enum type, read once from its annotations. */
final class WireCodes {
  private static final ClassValue<WireCodes> CACHE =
      new ClassValue<>() {
        @Override
        protected WireCodes computeValue(Class<?> type) {
          return new WireCodes(type);
        }
      };

  private final Map<Enum<?>, String> codes = new IdentityHashMap<>();
  private final Map<String, Enum<?>> constants = new HashMap<>();
  private final Enum<?> unknown;

  private WireCodes(Class<?> type) {
    Enum<?> unknownConstant = null;
    for (Object value : type.getEnumConstants()) {
      Enum<?> constant = (Enum<?>) value;
      java.lang.reflect.Field field;
      try {
        field = type.getField(constant.name());
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException("Enum constant without a field: " + constant, e);
      }
      if (field.isAnnotationPresent(UnknownCode.class)) {
        unknownConstant = constant;
        continue;
      }
      WireCode wireCode = field.getAnnotation(WireCode.class);
      String code = wireCode == null ? constant.name() : wireCode.value();
      codes.put(constant, code);
      constants.put(code, constant);
    }
    this.unknown = unknownConstant;
  }

  static WireCodes of(Class<?> enumType) {
    return CACHE.get(enumType);
  }

  static boolean isNumeric(String code) {
    return !code.isEmpty() && code.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** The code of a constant, or {@code null} for the unknown-code constant. */
  String codeOf(Enum<?> constant) {
    return codes.get(constant);
  }

  /** The constant for a code; the unknown-code constant, or {@code null} if there is none, for other codes. */
  Enum<?> constantOf(String code) {
    Enum<?> constant = constants.get(code);
    return constant != null ? constant : unknown;
  }
}
