package org.codepaygen.processor.writing;

import static org.codepaygen.processor.writing.References.ARRAY_LIST;
import static org.codepaygen.processor.writing.References.EMBEDDED_JSON;
import static org.codepaygen.processor.writing.References.JSON_DESERIALIZE;
import static org.codepaygen.processor.writing.References.JSON_IGNORE_PROPERTIES;
import static org.codepaygen.processor.writing.References.JSON_INCLUDE;
import static org.codepaygen.processor.writing.References.JSON_POJO_BUILDER;
import static org.codepaygen.processor.writing.References.LIST;
import static org.codepaygen.processor.writing.References.OBJECTS;
import static org.codepaygen.processor.writing.References.OPTIONAL;
import static org.codepaygen.processor.writing.References.PATTERN;
import static org.codepaygen.processor.writing.References.RULES;
import static org.codepaygen.processor.writing.References.VALIDATION_EXCEPTION;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import org.codepaygen.processor.model.ModelDescriptor;
import org.codepaygen.processor.model.PropertyDescriptor;
import org.codepaygen.processor.model.PropertyKind;

/** Writes the immutable, rule-checking class of a model, with its builder. */
public final class ModelWriter {
  private static final String MODEL = "MODEL";
  private static final String MASK = "****";

  /** The source file for {@code model}, with {@code origin} (the user's interface) as its originating element. */
  public JavaFile write(ModelDescriptor model, Element origin) {
    ClassName self = model.implementation();
    ClassName builder = self.nestedClass("Builder");
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addOriginatingElement(origin)
        .addJavadoc(classJavadoc(model))
        .addAnnotation(References.generated())
        .addAnnotation(References.codePayGenerated())
        .addAnnotation(AnnotationSpec.builder(JSON_INCLUDE)
            .addMember("value", "$T.Include.NON_NULL", JSON_INCLUDE).build())
        .addAnnotation(AnnotationSpec.builder(JSON_DESERIALIZE)
            .addMember("builder", "$T.class", builder).build())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(model.modelInterface());

    type.addField(FieldSpec.builder(String.class, MODEL, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$S", model.modelName()).build());
    for (PropertyDescriptor property : model.properties()) {
      if (property.pattern() != null) {
        type.addField(FieldSpec.builder(PATTERN, patternConstant(property),
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.compile($S)", PATTERN, property.pattern()).build());
      }
    }
    for (PropertyDescriptor property : model.properties()) {
      FieldSpec.Builder field = FieldSpec.builder(property.type(), property.name(), Modifier.PRIVATE, Modifier.FINAL)
          .addAnnotation(References.jsonProperty(property.wireName()));
      if (property.kind().isEmbedded()) {
        field.addAnnotation(EMBEDDED_JSON);
      }
      type.addField(field.build());
    }

    type.addMethod(constructor(model, builder));
    for (PropertyDescriptor property : model.properties()) {
      type.addMethod(accessor(property));
    }
    type.addMethod(MethodSpec.methodBuilder("builder")
        .addJavadoc("Returns a new builder with every property unset.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addStatement("return new $T()", builder)
        .build());
    type.addMethod(copyOf(model));
    type.addMethod(equalsMethod(model));
    type.addMethod(hashCodeMethod(model));
    type.addMethod(toStringMethod(model));
    type.addType(builderType(model, builder));

    return JavaFile.builder(self.packageName(), type.build())
        .indent("  ")
        .skipJavaLangImports(true)
        .build();
  }

  private static CodeBlock classJavadoc(ModelDescriptor model) {
    return CodeBlock.builder()
        .add("$L", References.withParagraph(model.javadoc()))
        .add("An immutable {@link $T} that checks CodePay's formatting rules when it is built. Create one with\n"
            + "{@link #builder()} or {@link #copyOf($T)}; read one from JSON through {@code CodePayJson.mapper()}.\n",
            model.modelInterface(), model.modelInterface())
        .build();
  }

  private static MethodSpec constructor(ModelDescriptor model, ClassName builder) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(builder, "builder");
    for (PropertyDescriptor property : model.properties()) {
      constructor.addStatement("this.$N = $L", property.name(), checked(property));
    }
    return constructor.build();
  }

  /** The builder's value of {@code property}, passed through the runtime's rule for its kind. */
  private static CodeBlock checked(PropertyDescriptor property) {
    String name = property.name();
    if (property.kind() == PropertyKind.STRING) {
      CodeBlock.Builder call = CodeBlock.builder()
          .add("$T.checkText($N,$W$S,$Wbuilder.$N", RULES, MODEL, name, name);
      if (property.maxLength() > 0) {
        call.add(",$W$L", property.maxLength());
      }
      if (property.pattern() != null) {
        call.add(",$W$N", patternConstant(property));
      }
      return call.add(")").build();
    }
    String check = switch (property.kind()) {
      case DATE_TIME -> "checkDateTime";
      case TEXT_LIST -> "checkTextList";
      case NUMBER_LIST -> "checkList";
      case TEXT_MAP -> "checkTextMap";
      default -> null;
    };
    return check == null
        ? CodeBlock.of("builder.$N", name)
        : CodeBlock.of("$T.$L($N, $S, builder.$N)", RULES, check, MODEL, name, name);
  }

  private static MethodSpec accessor(PropertyDescriptor property) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(property.accessorName())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC);
    if (!property.javadoc().isEmpty()) {
      method.addJavadoc("$L\n", property.javadoc());
    }
    if (property.optional()) {
      return method.returns(ParameterizedTypeName.get(OPTIONAL, property.type().box()))
          .addStatement("return $T.ofNullable($N)", OPTIONAL, property.name())
          .build();
    }
    return method.returns(property.type()).addStatement("return $N", property.name()).build();
  }

  private static MethodSpec copyOf(ModelDescriptor model) {
    ClassName self = model.implementation();
    CodeBlock.Builder copy = CodeBlock.builder().add("return builder()\n$>$>");
    for (PropertyDescriptor property : model.properties()) {
      copy.add(".$N(instance.$N()$L)\n", property.name(), property.accessorName(),
          property.optional() ? ".orElse(null)" : "");
    }
    copy.add(".build();\n$<$<");
    return MethodSpec.methodBuilder("copyOf")
        .addJavadoc("Returns {@code instance} itself when it already is an {@code $T}, else a checked copy.\n\n"
            + "@throws $T if a property of {@code instance} breaks a rule or a required one is missing\n",
            self, VALIDATION_EXCEPTION)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(model.modelInterface(), "instance")
        .beginControlFlow("if (instance instanceof $T)", self)
        .addStatement("return ($T) instance", self)
        .endControlFlow()
        .addCode(copy.build())
        .build();
  }

  private static MethodSpec equalsMethod(ModelDescriptor model) {
    ClassName self = model.implementation();
    MethodSpec.Builder method = MethodSpec.methodBuilder("equals")
        .addJavadoc("Two instances are equal when all their properties are.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Object.class, "other")
        .beginControlFlow("if (this == other)")
        .addStatement("return true")
        .endControlFlow()
        .beginControlFlow("if (!(other instanceof $T))", self)
        .addStatement("return false")
        .endControlFlow();
    if (model.properties().isEmpty()) {
      return method.addStatement("return true").build();
    }
    method.addStatement("$T that = ($T) other", self, self);
    CodeBlock.Builder comparison = CodeBlock.builder().add("return ");
    boolean first = true;
    for (PropertyDescriptor property : model.properties()) {
      if (!first) {
        comparison.add("\n&& ");
      }
      comparison.add(equalsTerm(property));
      first = false;
    }
    return method.addStatement(comparison.build()).build();
  }

  private static CodeBlock equalsTerm(PropertyDescriptor property) {
    String name = property.name();
    String mine = field(name, "other", "that");
    if (property.kind() == PropertyKind.PRIMITIVE) {
      if (property.type().equals(TypeName.FLOAT)) {
        return CodeBlock.of("$T.compare($L, that.$N) == 0", Float.class, mine, name);
      }
      if (property.type().equals(TypeName.DOUBLE)) {
        return CodeBlock.of("$T.compare($L, that.$N) == 0", Double.class, mine, name);
      }
      return CodeBlock.of("$L == that.$N", mine, name);
    }
    return CodeBlock.of("$T.equals($L, that.$N)", OBJECTS, mine, name);
  }

  private static MethodSpec hashCodeMethod(ModelDescriptor model) {
    List<CodeBlock> names = new ArrayList<>();
    for (PropertyDescriptor property : model.properties()) {
      names.add(CodeBlock.of("$N", property.name()));
    }
    CodeBlock arguments = names.size() <= 3
        ? CodeBlock.join(names, ", ")
        : CodeBlock.builder().add("\n").add(CodeBlock.join(names, ",\n")).build();
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return $T.hash($L)", OBJECTS, arguments)
        .build();
  }

  private static MethodSpec toStringMethod(ModelDescriptor model) {
    CodeBlock.Builder text = CodeBlock.builder().add("return $S", model.modelName() + "{");
    String separator = "";
    for (PropertyDescriptor property : model.properties()) {
      if (property.sensitive()) {
        text.add("\n+ $S", separator + property.name() + "=" + MASK);
      } else {
        text.add("\n+ $S + $N", separator + property.name() + "=", property.name());
      }
      separator = ", ";
    }
    text.add("\n+ $S", "}");
    return MethodSpec.methodBuilder("toString")
        .addJavadoc("Lists the properties by their Java names; {@code @Sensitive} ones show as {@code $L}.\n", MASK)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement(text.build())
        .build();
  }

  private static TypeSpec builderType(ModelDescriptor model, ClassName builder) {
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addJavadoc("Collects the properties of an {@link $T}; {@link #build()} checks them all. Jackson uses it\n"
            + "too when reading JSON. Not thread-safe.\n", model.implementation())
        .addAnnotation(AnnotationSpec.builder(JSON_POJO_BUILDER).addMember("withPrefix", "$S", "").build())
        .addAnnotation(AnnotationSpec.builder(JSON_IGNORE_PROPERTIES)
            .addMember("ignoreUnknown", "true").build())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    for (PropertyDescriptor property : model.properties()) {
      type.addField(property.builderType(), property.name(), Modifier.PRIVATE);
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (PropertyDescriptor property : model.properties()) {
      type.addMethod(setter(model, property, builder));
    }
    type.addMethod(buildMethod(model));
    return type.build();
  }

  private static MethodSpec setter(ModelDescriptor model, PropertyDescriptor property, ClassName builder) {
    String name = property.name();
    MethodSpec.Builder setter = MethodSpec.methodBuilder(name)
        .addJavadoc(setterJavadoc(model, property))
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(property.builderType(), name);
    if (property.kind() != PropertyKind.FILE) {
      // A file is never read from JSON: only requests hold one.
      setter.addAnnotation(References.jsonProperty(property.wireName()));
    }
    if (property.kind().isEmbedded()) {
      setter.addAnnotation(EMBEDDED_JSON);
    }
    if (property.kind() == PropertyKind.MODEL) {
      setter.addStatement("this.$N = $N == null ? null : $T.copyOf($N)",
          name, name, property.nestedImplementation(), name);
    } else if (property.kind() == PropertyKind.MODEL_LIST) {
      TypeName item = ((ParameterizedTypeName) property.type()).typeArguments().get(0);
      setter.addStatement("this.$N = $N == null ? null : $N.stream().<$T>map($T::copyOf).toList()",
          name, name, name, item, property.nestedImplementation());
    } else {
      setter.addStatement("this.$N = $N", name, name);
    }
    return setter.addStatement("return this").build();
  }

  private static CodeBlock setterJavadoc(ModelDescriptor model, PropertyDescriptor property) {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("Sets {@link $T#$L() $L}, sent as {@code $L}.\n", model.modelInterface(), property.accessorName(),
            property.name(), property.wireName());
    List<String> rules = new ArrayList<>();
    if (property.maxLength() > 0) {
      rules.add("at most " + property.maxLength() + " characters");
    }
    if (property.pattern() != null) {
      rules.add("matching its {@code @Pattern}");
    }
    if (property.kind() == PropertyKind.DATE_TIME) {
      rules.add("whole seconds");
    }
    if (property.kind() == PropertyKind.TEXT_LIST || property.kind() == PropertyKind.NUMBER_LIST
        || property.kind() == PropertyKind.TEXT_MAP) {
      rules.add("no {@code null} item; copied");
    }
    if (property.kind() == PropertyKind.FILE) {
      rules.add("sent as the multipart file part, with its MD5 as {@code file_data_hash}");
    }
    rules.add(0, !property.required() ? "Optional: {@code null} leaves it out"
        : property.kind() == PropertyKind.STRING ? "Required, and not empty" : "Required");
    doc.add("$L.\n", String.join("; ", rules));
    if (property.kind() == PropertyKind.MODEL) {
      doc.add("The value is copied with {@link $T#copyOf}.\n", property.nestedImplementation());
    } else if (property.kind() == PropertyKind.MODEL_LIST) {
      doc.add("Each item is copied with {@link $T#copyOf}.\n", property.nestedImplementation());
    }
    return doc.build();
  }

  private static MethodSpec buildMethod(ModelDescriptor model) {
    MethodSpec.Builder build = MethodSpec.methodBuilder("build")
        .addJavadoc("Checks every property and returns the model.\n\n"
            + "@throws $T naming every required property that is missing, or else the first property\n"
            + "    that breaks a rule\n", VALIDATION_EXCEPTION)
        .addModifiers(Modifier.PUBLIC)
        .returns(model.implementation());
    List<PropertyDescriptor> required = model.properties().stream().filter(PropertyDescriptor::required).toList();
    if (!required.isEmpty()) {
      build.addStatement("$T<$T> missing = new $T<>()", LIST, String.class, ARRAY_LIST);
      for (PropertyDescriptor property : required) {
        String value = field(property.name(), "missing");
        // An empty string is never sent (protocol §1), so a required one counts as missing.
        CodeBlock absent = property.kind() == PropertyKind.STRING
            ? CodeBlock.of("$L == null || $L.isEmpty()", value, value)
            : CodeBlock.of("$L == null", value);
        build.beginControlFlow("if ($L)", absent)
            .addStatement("missing.add($S)", property.name())
            .endControlFlow();
      }
      build.addStatement("$T.requirePresent($N, missing)", RULES, MODEL);
    }
    return build.addStatement("return new $T(this)", model.implementation()).build();
  }

  /** The field {@code name}, qualified with {@code this.} only where a local variable would hide it. */
  private static String field(String name, String... locals) {
    return java.util.Arrays.asList(locals).contains(name) ? "this." + name : name;
  }

  /** {@code merchantOrderNo} gives {@code MERCHANT_ORDER_NO_PATTERN}. */
  private static String patternConstant(PropertyDescriptor property) {
    return property.name().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT) + "_PATTERN";
  }
}
