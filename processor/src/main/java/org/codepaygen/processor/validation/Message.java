package org.codepaygen.processor.validation;

import java.util.Locale;

/**
 * Every error the processor reports, in one place. Each has a stable id in brackets, which users can search for
 * and tests assert, and a text that says what to change. The ids are part of the public contract: never rename one.
 */
public enum Message {
  NOT_INTERFACE("CodePayNotInterface", "@%s can only annotate an interface; make %s an interface"),
  RECORD_MODEL(
      "CodePayRecordModel",
      "@CodePayModel cannot annotate the record %1$s: a record's canonical constructor is public and yours, so an"
          + " instance made with 'new' would skip CodePay's rules, which the generated class checks in its only"
          + " constructor; declare an interface with the same accessors instead, such as '@CodePayModel interface"
          + " %1$s { %2$s }', and rename the record (it may implement the interface: the generated client checks"
          + " any instance with copyOf before sending)"),
  GENERIC_TYPE(
      "CodePayGenericType",
      "%s must not declare type parameters: the generated class needs concrete types; remove <%s>"),
  PRIVATE_TYPE(
      "CodePayPrivateType",
      "%s must not be private: the class generated beside it has to implement it; make it package-private or"
          + " public"),
  ACCESSOR_PARAMETERS(
      "CodePayAccessorParameters",
      "Model property %s() must take no parameters: every abstract method of a @CodePayModel interface is an"
          + " accessor such as 'String merchantOrderNo()'; make it a default method if it computes something"),
  ACCESSOR_VOID(
      "CodePayAccessorVoid",
      "Model property %s() returns void: every abstract method of a @CodePayModel interface is an accessor that"
          + " returns the property's value"),
  MIXED_ACCESSOR_PREFIXES(
      "CodePayMixedAccessorPrefixes",
      "Model %s mixes JavaBeans accessors (%s) with plain ones (%s), so its property and wire names would be a"
          + " guess; name every accessor getX() or isX() (isX() for boolean and Boolean only), or none of them,"
          + " and use @WireName where the wire name differs"),
  KEYWORD_PROPERTY_NAME(
      "CodePayKeywordPropertyName",
      "Model property %s() would be named %s, a Java keyword, which the generated builder cannot use; rename"
          + " the accessor and keep the wire name with @WireName(\"%s\")"),
  DUPLICATE_PROPERTY_NAME(
      "CodePayDuplicatePropertyName",
      "Model accessors %s() and %s() both stand for the property %s; remove one of them"),
  RESERVED_PROPERTY_NAME(
      "CodePayReservedPropertyName",
      "Model property %s() would clash with the generated class's static %s() method; rename the accessor and"
          + " keep the wire name with @WireName"),
  UNSUPPORTED_PROPERTY_TYPE(
      "CodePayUnsupportedPropertyType",
      "Model property %s() has the type %s, which CodePay models cannot carry; use String, a primitive or boxed"
          + " number, boolean, BigDecimal, BigInteger, LocalDate, LocalDateTime, Instant, an enum, a @CodePayModel"
          + " interface, a List of @CodePayModel interfaces, of String or of boxed numbers (Integer, Long, ...,"
          + " BigDecimal, BigInteger), Map<String, String>, or Optional of one of these"),
  NULLABLE_PRIMITIVE(
      "CodePayNullablePrimitive",
      "Model property %s() is marked @Nullable but returns the primitive %s, which cannot be absent; return %s"
          + " instead, or remove @Nullable"),
  INVALID_WIRE_NAME(
      "CodePayInvalidWireName",
      "@WireName(\"%s\") on %s() is not a JSON member name CodePay uses; use a letter followed by letters, digits"
          + " and underscores, such as \"merchant_order_no\""),
  DUPLICATE_WIRE_NAME(
      "CodePayDuplicateWireName",
      "Model properties %s() and %s() are both sent as \"%s\"; give one of them another @WireName"),
  RESERVED_WIRE_NAME(
      "CodePayReservedWireName",
      "Model property %s() would be sent as \"%s\", a field of CodePay's request envelope that the client sets"
          + " itself; rename the accessor or give it another @WireName"),
  RULE_ON_NON_STRING(
      "CodePayRuleOnNonString",
      "@%s applies to String properties only, but %s() holds %s; remove the annotation"),
  MAX_LENGTH_TOO_SMALL(
      "CodePayMaxLengthTooSmall", "@MaxLength(%d) on %s() allows no value; use a limit of at least 1"),
  INVALID_PATTERN(
      "CodePayInvalidPattern", "@Pattern on %s() is not a valid java.util.regex.Pattern: %s"),
  ENUM_UNKNOWN_CODE(
      "CodePayEnumUnknownCode",
      "Model property %s() has the enum type %s, which has %d constants marked @UnknownCode; it needs exactly"
          + " one, such as '@UnknownCode UNKNOWN', so that codes added by new gateway versions can still be read"),
  DUPLICATE_WIRE_CODE(
      "CodePayDuplicateWireCode",
      "Model property %s() has the enum type %s, whose constants %s and %s share the wire code \"%s\"; give each"
          + " constant its own @WireCode so that every code reads back as one constant"),
  UPLOAD_FILES(
      "CodePayUploadFiles",
      "Model %s has the file properties %s() and %s(); an upload carries one file part, so keep one"),
  OPTIONAL_FILE(
      "CodePayOptionalFile",
      "Model property %s() holds the upload's file but may be absent; the gateway refuses an upload without its"
          + " file part, so return FileData, not Optional<FileData>, and remove @Nullable"),
  FILE_HASH_DECLARED(
      "CodePayFileHashDeclared",
      "Model property %s() would be sent as \"file_data_hash\", which the client computes from the upload's file"
          + " (the lower-case hex MD5 of its content) and signs; remove the property"),
  FILE_OUTSIDE_REQUEST(
      "CodePayFileOutsideRequest",
      "%s uses the model %s, whose property %s() is a FileData; a file can only be a property of an endpoint's"
          + " request model, where it becomes the multipart file part: nested models and answers carry none"),
  CHECKED_EXCEPTION(
      "CodePayCheckedException",
      "%s() declares the checked exception %s, which generated CodePay code neither throws nor catches (its"
          + " failures are unchecked CodePayExceptions); remove it from the throws clause"),
  MISSING_ENDPOINT(
      "CodePayMissingEndpoint",
      "Method %s() of a @CodePayApi interface needs @Endpoint(\"gateway.method\"); make it a default or static"
          + " method if it is not an endpoint"),
  INVALID_ENDPOINT_NAME(
      "CodePayInvalidEndpointName",
      "@Endpoint(\"%s\") on %s() is not a CodePay method name: use dot-separated lower-case words such as"
          + " \"order.query\""),
  ENDPOINT_NAME_TOO_LONG(
      "CodePayEndpointNameTooLong",
      "@Endpoint(\"%s\") on %s() has %d characters, but CodePay's method field holds at most 32"),
  DUPLICATE_ENDPOINT(
      "CodePayDuplicateEndpoint",
      "Methods %s() and %s() both call the gateway method \"%s\"; each endpoint of an API needs its own"),
  ENDPOINT_PARAMETERS(
      "CodePayEndpointParameters",
      "Endpoint %s() takes %d parameters; it must take exactly one, the @CodePayModel request"),
  ENDPOINT_PARAMETER_NOT_MODEL(
      "CodePayEndpointParameterNotModel",
      "The request of endpoint %s() has the type %s; it must be an interface annotated @CodePayModel"),
  ENDPOINT_RETURN_TYPE(
      "CodePayEndpointReturnType",
      "Endpoint %s() returns %s; return a @CodePayModel interface, void, CompletableFuture of a @CodePayModel"
          + " interface, or CompletableFuture<Void>"),
  MODEL_NOT_GENERATED(
      "CodePayModelNotGenerated",
      "%s is the model %s, but its generated class %s does not exist; compile %s with the CodePay processor on"
          + " the annotation processor path of the module that declares it"),
  GENERATED_NAME_TAKEN(
      "CodePayGeneratedNameTaken",
      "The class generated for %s would be %s, which %s; rename one of them"),
  UNRESOLVED_TYPE(
      "CodePayUnresolvedType",
      "%s refers to %s, a type that still did not exist when annotation processing ended; check its import, or"
          + " the processor that should generate it"),
  WRITE_FAILED("CodePayWriteFailed", "Could not write the generated %s: %s");

  private final String id;
  private final String text;

  Message(String id, String text) {
    this.id = id;
    this.text = text;
  }

  /** The stable id, such as {@code CodePayDuplicateEndpoint}. */
  public String id() {
    return id;
  }

  /** The full text as reported: {@code [id] } followed by the text with {@code arguments} filled in. */
  public String format(Object... arguments) {
    return "[" + id + "] " + String.format(Locale.ROOT, text, arguments);
  }
}
