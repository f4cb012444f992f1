package org.codepaygen.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.codepaygen.annotations.GeneratedNames;
import org.codepaygen.processor.model.ModelDescriptor;
import org.codepaygen.processor.model.PropertyDescriptor;
import org.codepaygen.processor.model.PropertyKind;

/** Checks a {@code @CodePayModel} interface and describes the immutable class to generate for it. */
public final class ModelValidator {
  /** Wire names the client's envelope owns; a business field may not use them (compared ignoring case). */
  static final Set<String> RESERVED_WIRE_NAMES =
      Set.of("app_id", "format", "charset", "sign_type", "sign", "version", "timestamp", "method", "merchant_no",
          "store_no");

  private static final java.util.regex.Pattern WIRE_NAME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private static final Map<String, PropertyKind> SCALARS = Map.ofEntries(
      Map.entry("java.lang.String", PropertyKind.STRING),
      Map.entry("java.lang.Boolean", PropertyKind.SCALAR),
      Map.entry("java.lang.Byte", PropertyKind.SCALAR),
      Map.entry("java.lang.Short", PropertyKind.SCALAR),
      Map.entry("java.lang.Integer", PropertyKind.SCALAR),
      Map.entry("java.lang.Long", PropertyKind.SCALAR),
      Map.entry("java.lang.Float", PropertyKind.SCALAR),
      Map.entry("java.lang.Double", PropertyKind.SCALAR),
      Map.entry("java.math.BigDecimal", PropertyKind.SCALAR),
      Map.entry("java.math.BigInteger", PropertyKind.SCALAR),
      Map.entry("java.time.LocalDate", PropertyKind.DATE),
      Map.entry("java.time.LocalDateTime", PropertyKind.DATE_TIME),
      Map.entry("java.time.Instant", PropertyKind.DATE_TIME),
      // Carried as is: the runtime's request encoder replaces it by ciphertext (protocol §9).
      Map.entry("org.codepaygen.runtime.card.CardDetails", PropertyKind.SCALAR));

  /** The item types of a list of numbers: JSON numbers, written as Jackson writes them. */
  private static final Set<String> NUMBERS = Set.of("java.lang.Byte", "java.lang.Short", "java.lang.Integer",
      "java.lang.Long", "java.lang.Float", "java.lang.Double", "java.math.BigDecimal", "java.math.BigInteger");

  private final Interfaces interfaces;
  private final PropertyNames propertyNames;

  public ModelValidator(Elements elements, Types types) {
    this.interfaces = new Interfaces(elements, types);
    this.propertyNames = new PropertyNames(interfaces);
  }

  /** The description of {@code type}, or empty when {@code report} received a problem. */
  public Optional<ModelDescriptor> validate(TypeElement type, ValidationReport report) {
    if (!interfaces.checkDeclaration(type, Names.CODE_PAY_MODEL, report)) {
      return Optional.empty();
    }
    List<PropertyDescriptor> properties = new ArrayList<>();
    Map<String, ExecutableElement> byName = new HashMap<>();
    Map<String, ExecutableElement> byWireName = new HashMap<>();
    List<ExecutableElement> accessors = interfaces.abstractMethods(type);
    Map<ExecutableElement, String> names = propertyNames.of(type, accessors, report);
    for (ExecutableElement accessor : accessors) {
      property(type, accessor, names.get(accessor), report).ifPresent(property -> {
        ExecutableElement sameName = byName.putIfAbsent(property.name(), accessor);
        ExecutableElement sameWireName = byWireName.putIfAbsent(property.wireName(), accessor);
        if (sameName != null) {
          report.error(Message.DUPLICATE_PROPERTY_NAME, accessor, sameName.getSimpleName(), accessor.getSimpleName(),
              property.name());
        } else if (sameWireName != null) {
          report.error(Message.DUPLICATE_WIRE_NAME, accessor, sameWireName.getSimpleName(), accessor.getSimpleName(),
              property.wireName());
        }
        properties.add(property);
      });
    }
    checkUpload(type, properties, accessors, report);
    if (!report.isClean()) {
      return Optional.empty();
    }
    ClassName modelInterface = ClassName.get(type);
    return Optional.of(new ModelDescriptor(
        modelInterface, implementationOf(modelInterface), properties, interfaces.javadoc(type)));
  }

  /** A model holding a file is an upload's request: one file, and no {@code file_data_hash} of its own. */
  private static void checkUpload(TypeElement type, List<PropertyDescriptor> properties,
      List<ExecutableElement> accessors, ValidationReport report) {
    List<ExecutableElement> files = new ArrayList<>();
    for (ExecutableElement accessor : accessors) {
      properties.stream()
          .filter(p -> p.accessorName().contentEquals(accessor.getSimpleName()) && p.kind() == PropertyKind.FILE)
          .findFirst()
          .ifPresent(p -> files.add(accessor));
    }
    if (files.size() > 1) {
      report.error(Message.UPLOAD_FILES, files.get(1), type.getSimpleName(), files.get(0).getSimpleName(),
          files.get(1).getSimpleName());
    }
    if (!files.isEmpty()) {
      for (ExecutableElement accessor : accessors) {
        properties.stream()
            .filter(p -> p.accessorName().contentEquals(accessor.getSimpleName())
                && p.wireName().equalsIgnoreCase(Names.FILE_HASH))
            .findFirst()
            .ifPresent(p -> report.error(Message.FILE_HASH_DECLARED, accessor, accessor.getSimpleName()));
      }
    }
  }

  /** The generated class for a model interface, by the naming rule the runtime shares. */
  public static ClassName implementationOf(ClassName modelInterface) {
    String binaryName = modelInterface.packageName().isEmpty()
        ? String.join("$", modelInterface.simpleNames())
        : modelInterface.packageName() + "." + String.join("$", modelInterface.simpleNames());
    String generated = GeneratedNames.modelImplementation(binaryName);
    return ClassName.get(modelInterface.packageName(), generated.substring(generated.lastIndexOf('.') + 1));
  }

  /** What an accessor's type is, once Optional is unwrapped. */
  private record Classified(PropertyKind kind, TypeName type, ClassName nested, boolean optional, TypeMirror mirror) {}

  /** The property of {@code accessor}, whose Java property name is {@code propertyName}. */
  private Optional<PropertyDescriptor> property(
      TypeElement model, ExecutableElement accessor, String propertyName, ValidationReport report) {
    String name = accessor.getSimpleName().toString();
    if (!accessor.getParameters().isEmpty() || !accessor.getTypeParameters().isEmpty()) {
      report.error(Message.ACCESSOR_PARAMETERS, accessor, name);
      return Optional.empty();
    }
    if (propertyName.equals("builder")) {
      report.error(Message.RESERVED_PROPERTY_NAME, accessor, name, propertyName);
      return Optional.empty();
    }
    if (SourceVersion.isKeyword(propertyName)) {
      report.error(Message.KEYWORD_PROPERTY_NAME, accessor, name, propertyName, Names.snakeCase(propertyName));
      return Optional.empty();
    }
    boolean usable = interfaces.checkThrows(accessor, report);
    TypeMirror returnType = interfaces.returnType(model, accessor);
    if (returnType.getKind() == TypeKind.VOID) {
      report.error(Message.ACCESSOR_VOID, accessor, name);
      return Optional.empty();
    }
    Optional<Classified> classified = classify(returnType, true, accessor, report);
    if (classified.isEmpty()) {
      return Optional.empty();
    }
    Classified type = classified.get();

    boolean nullable = Annotations.hasSimpleName(accessor, "Nullable")
        || Annotations.hasSimpleName(accessor.getReturnType(), "Nullable");
    if (type.kind() == PropertyKind.FILE && (nullable || type.optional())) {
      report.error(Message.OPTIONAL_FILE, accessor, name);
      usable = false;
    }
    if (type.kind() == PropertyKind.MODEL || type.kind() == PropertyKind.MODEL_LIST) {
      TypeElement nested = (TypeElement) ((DeclaredType) (type.kind() == PropertyKind.MODEL
          ? type.mirror() : ((DeclaredType) type.mirror()).getTypeArguments().get(0))).asElement();
      ExecutableElement file = interfaces.fileAccessor(nested);
      if (file != null) {
        report.error(Message.FILE_OUTSIDE_REQUEST, accessor, "Model property " + name + "()",
            nested.getQualifiedName(), file.getSimpleName());
        usable = false;
      }
    }
    if (nullable && type.kind() == PropertyKind.PRIMITIVE) {
      report.error(Message.NULLABLE_PRIMITIVE, accessor, name, type.type(), type.type().box());
      usable = false;
    }

    String wireName = Names.snakeCase(propertyName);
    Optional<AnnotationMirror> wireNameMirror = Annotations.find(accessor, Names.WIRE_NAME);
    if (wireNameMirror.isPresent()) {
      AnnotationValue value = Annotations.value(wireNameMirror.get());
      wireName = (String) value.getValue();
      if (!WIRE_NAME.matcher(wireName).matches()) {
        report.error(Message.INVALID_WIRE_NAME, accessor, wireNameMirror.get(), value, wireName, name);
        usable = false;
      }
    }
    if (RESERVED_WIRE_NAMES.contains(wireName.toLowerCase(Locale.ROOT))) {
      AnnotationMirror mirror = wireNameMirror.orElse(null);
      report.error(Message.RESERVED_WIRE_NAME, accessor, mirror,
          mirror == null ? null : Annotations.value(mirror), name, wireName);
      usable = false;
    }

    int maxLength = 0;
    Optional<AnnotationMirror> maxLengthMirror = Annotations.find(accessor, Names.MAX_LENGTH);
    if (maxLengthMirror.isPresent()) {
      AnnotationValue value = Annotations.value(maxLengthMirror.get());
      maxLength = (Integer) value.getValue();
      if (type.kind() != PropertyKind.STRING) {
        report.error(Message.RULE_ON_NON_STRING, accessor, maxLengthMirror.get(), null, "MaxLength", name,
            type.mirror());
        usable = false;
      } else if (maxLength < 1) {
        report.error(Message.MAX_LENGTH_TOO_SMALL, accessor, maxLengthMirror.get(), value, maxLength, name);
        usable = false;
      }
    }

    String pattern = null;
    Optional<AnnotationMirror> patternMirror = Annotations.find(accessor, Names.PATTERN);
    if (patternMirror.isPresent()) {
      AnnotationValue value = Annotations.value(patternMirror.get());
      pattern = (String) value.getValue();
      if (type.kind() != PropertyKind.STRING) {
        report.error(Message.RULE_ON_NON_STRING, accessor, patternMirror.get(), null, "Pattern", name,
            type.mirror());
        usable = false;
      } else {
        try {
          java.util.regex.Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
          String reason = e.getDescription() + " near index " + e.getIndex() + " of \"" + pattern + "\"";
          report.error(Message.INVALID_PATTERN, accessor, patternMirror.get(), value, name, reason);
          usable = false;
        }
      }
    }

    if (type.kind() == PropertyKind.ENUM) {
      TypeElement enumType = (TypeElement) ((DeclaredType) type.mirror()).asElement();
      long unknownCodes = enumType.getEnclosedElements().stream()
          .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
          .filter(e -> Annotations.find(e, Names.UNKNOWN_CODE).isPresent())
          .count();
      if (unknownCodes != 1) {
        report.error(Message.ENUM_UNKNOWN_CODE, accessor, name, enumType.getQualifiedName(), unknownCodes);
        usable = false;
      }
      usable &= checkDistinctWireCodes(accessor, name, enumType, report);
    }

    if (!usable) {
      return Optional.empty();
    }
    boolean sensitive = Annotations.find(accessor, Names.SENSITIVE).isPresent();
    return Optional.of(new PropertyDescriptor(
        propertyName, name, wireName, type.kind(), type.type(), type.optional(), !type.optional() && !nullable,
        maxLength, pattern, sensitive, type.nested(), interfaces.javadoc(accessor)));
  }

  private Optional<Classified> classify(
      TypeMirror type, boolean allowOptional, ExecutableElement accessor, ValidationReport report) {
    switch (type.getKind()) {
      case BOOLEAN:
        return primitive(TypeName.BOOLEAN, type);
      case BYTE:
        return primitive(TypeName.BYTE, type);
      case SHORT:
        return primitive(TypeName.SHORT, type);
      case INT:
        return primitive(TypeName.INT, type);
      case LONG:
        return primitive(TypeName.LONG, type);
      case FLOAT:
        return primitive(TypeName.FLOAT, type);
      case DOUBLE:
        return primitive(TypeName.DOUBLE, type);
      case ERROR:
        report.unresolved(accessor, "Model property " + accessor.getSimpleName() + "()", type);
        return Optional.empty();
      case DECLARED:
        break;
      default:
        return unsupported(type, accessor, report);
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String qualifiedName = element.getQualifiedName().toString();
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    if (qualifiedName.equals(Names.FILE_DATA)) {
      return Optional.of(new Classified(PropertyKind.FILE, ClassName.get(element), null, false, type));
    }
    PropertyKind scalar = SCALARS.get(qualifiedName);
    if (scalar != null) {
      return Optional.of(new Classified(scalar, ClassName.get(element), null, false, type));
    }
    if (qualifiedName.equals("java.util.Optional") && allowOptional && arguments.size() == 1) {
      TypeMirror argument = arguments.get(0);
      if (argument.getKind() == TypeKind.ERROR) {
        report.unresolved(accessor, "Model property " + accessor.getSimpleName() + "()", argument);
        return Optional.empty();
      }
      if (argument.getKind() != TypeKind.DECLARED
          || ((TypeElement) ((DeclaredType) argument).asElement()).getQualifiedName().contentEquals("java.util.Optional")) {
        return unsupported(type, accessor, report);
      }
      Optional<Classified> inner = classify(argument, false, accessor, report);
      return inner.map(c -> new Classified(c.kind(), c.type(), c.nested(), true, c.mirror()));
    }
    if (qualifiedName.equals("java.util.List") && arguments.size() == 1) {
      TypeMirror argument = arguments.get(0);
      if (argument.getKind() == TypeKind.ERROR) {
        report.unresolved(accessor, "Model property " + accessor.getSimpleName() + "()", argument);
        return Optional.empty();
      }
      if (Interfaces.isModel(argument)) {
        TypeElement itemModel = (TypeElement) ((DeclaredType) argument).asElement();
        report.requireModel(accessor, "Model property " + accessor.getSimpleName() + "()", itemModel);
        ClassName item = ClassName.get(itemModel);
        return Optional.of(new Classified(PropertyKind.MODEL_LIST,
            ParameterizedTypeName.get(ClassName.get("java.util", "List"), item), implementationOf(item), false,
            type));
      }
      String itemName = qualifiedName(argument);
      if (itemName.equals("java.lang.String") || NUMBERS.contains(itemName)) {
        PropertyKind kind = itemName.equals("java.lang.String") ? PropertyKind.TEXT_LIST : PropertyKind.NUMBER_LIST;
        return Optional.of(new Classified(kind, ParameterizedTypeName.get(ClassName.get("java.util", "List"),
            ClassName.get((TypeElement) ((DeclaredType) argument).asElement())), null, false, type));
      }
      return unsupported(type, accessor, report);
    }
    if (qualifiedName.equals("java.util.Map") && arguments.size() == 2) {
      for (TypeMirror argument : arguments) {
        if (argument.getKind() == TypeKind.ERROR) {
          report.unresolved(accessor, "Model property " + accessor.getSimpleName() + "()", argument);
          return Optional.empty();
        }
      }
      if (qualifiedName(arguments.get(0)).equals("java.lang.String")
          && qualifiedName(arguments.get(1)).equals("java.lang.String")) {
        ClassName string = ClassName.get(String.class);
        return Optional.of(new Classified(PropertyKind.TEXT_MAP,
            ParameterizedTypeName.get(ClassName.get("java.util", "Map"), string, string), null, false, type));
      }
      return unsupported(type, accessor, report);
    }
    if (!arguments.isEmpty()) {
      return unsupported(type, accessor, report);
    }
    if (element.getKind() == ElementKind.ENUM) {
      return Optional.of(new Classified(PropertyKind.ENUM, ClassName.get(element), null, false, type));
    }
    if (Interfaces.isModel(type)) {
      report.requireModel(accessor, "Model property " + accessor.getSimpleName() + "()", element);
      ClassName nested = ClassName.get(element);
      return Optional.of(new Classified(PropertyKind.MODEL, nested, implementationOf(nested), false, type));
    }
    return unsupported(type, accessor, report);
  }

  /** The qualified name of a class or interface type, or an empty string for any other type (a wildcard...). */
  private static String qualifiedName(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString()
        : "";
  }

  private static Optional<Classified> primitive(TypeName name, TypeMirror type) {
    return Optional.of(new Classified(PropertyKind.PRIMITIVE, name, null, false, type));
  }

  private static Optional<Classified> unsupported(
      TypeMirror type, ExecutableElement accessor, ValidationReport report) {
    report.error(Message.UNSUPPORTED_PROPERTY_TYPE, accessor, accessor.getSimpleName(), type);
    return Optional.empty();
  }

  /** Two constants with one code would make an answer's code read back as either; the runtime keeps one. */
  private static boolean checkDistinctWireCodes(
      ExecutableElement accessor, String name, TypeElement enumType, ValidationReport report) {
    Map<String, String> constantsByCode = new HashMap<>();
    for (Element constant : enumType.getEnclosedElements()) {
      if (constant.getKind() != ElementKind.ENUM_CONSTANT
          || Annotations.find(constant, Names.UNKNOWN_CODE).isPresent()) {
        continue;
      }
      String constantName = constant.getSimpleName().toString();
      String code = Annotations.find(constant, Names.WIRE_CODE)
          .map(mirror -> Annotations.value(mirror).getValue().toString())
          .orElse(constantName);
      String previous = constantsByCode.putIfAbsent(code, constantName);
      if (previous != null) {
        report.error(Message.DUPLICATE_WIRE_CODE, accessor, name, enumType.getQualifiedName(), previous,
            constantName, code);
        return false;
      }
    }
    return true;
  }
}
