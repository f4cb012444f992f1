package org.codepaygen.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.AbstractTypeResolver;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Function;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.GeneratedNames;
import org.codepaygen.runtime.FileData;
import org.codepaygen.runtime.rules.CodePayDates;

/**
 * Teaches Jackson CodePay's conventions: UTC dates as {@code yyyy-MM-dd} and {@code yyyy-MM-dd HH:mm:ss}, enums as
 * their {@link org.codepaygen.annotations.WireCode wire codes}, and each {@link CodePayModel} interface as the
 * immutable class the processor generated for it.
 */
final class CodePayModule extends SimpleModule {
  CodePayModule() {
    super("CodePay");
    addText(LocalDate.class, CodePayDates::formatDate, CodePayDates::parseDate);
    addText(LocalDateTime.class, CodePayDates::formatDateTime, CodePayDates::parseDateTime);
    addText(Instant.class, CodePayDates::formatDateTime, CodePayDates::parseInstant);
    // A file is no JSON value: it stays an embedded object in the request's tree, which the encoder sends as the
    // multipart file part. Written to real JSON (a file in a nested model), Jackson refuses it.
    addSerializer(FileData.class, new StdScalarSerializer<>(FileData.class) {
      @Override
      public void serialize(FileData value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeEmbeddedObject(value);
      }
    });
    setSerializerModifier(
        new BeanSerializerModifier() {
          @Override
          public JsonSerializer<?> modifyEnumSerializer(
              SerializationConfig config, JavaType valueType, BeanDescription beanDesc,
              JsonSerializer<?> serializer) {
            return new WireCodeSerializer();
          }
        });
    setDeserializerModifier(
        new BeanDeserializerModifier() {
          @Override
          public JsonDeserializer<?> modifyEnumDeserializer(
              DeserializationConfig config, JavaType type, BeanDescription beanDesc,
              JsonDeserializer<?> deserializer) {
            return new WireCodeDeserializer(type.getRawClass());
          }
        });
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addAbstractTypeResolver(new GeneratedModelResolver());
  }

  private <T> void addText(Class<T> type, Function<T, String> format, Function<String, T> parse) {
    addSerializer(
        type,
        new StdScalarSerializer<T>(type) {
          @Override
          public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(format.apply(value));
          }
        });
    addDeserializer(
        type,
        new StdScalarDeserializer<T>(type) {
          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            if (text == null || text.isEmpty()) {
              return null;
            }
            try {
              return parse.apply(text);
            } catch (RuntimeException e) {
              return type.cast(ctxt.handleWeirdStringValue(type, text, "not a CodePay UTC date or date-time"));
            }
          }
        });
  }

  /** Maps a model interface to the class the processor generated for it. */
  private static final class GeneratedModelResolver extends AbstractTypeResolver {
    @Override
    public JavaType findTypeMapping(DeserializationConfig config, JavaType type) {
      Class<?> raw = type.getRawClass();
      if (!raw.isInterface() || !raw.isAnnotationPresent(CodePayModel.class)) {
        return null;
      }
      String name = GeneratedNames.modelImplementation(raw.getName());
      try {
        Class<?> generated = Class.forName(name, true, raw.getClassLoader());
        return config.getTypeFactory().constructSpecializedType(type, generated);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(
            "No generated class " + name + " for the model " + raw.getName()
                + ": is the CodePay annotation processor on the compiler's processor path?",
            e);
      }
    }
  }
}
