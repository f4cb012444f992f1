package org.codepaygen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One test per compile error: each asserts the message id, the file and the line it is reported on. Every source
 * starts with the two lines of {@link #HEADER}, so the first line of a body is line 3.
 */
class CompileErrorsTest {
  private static final String[] HEADER = {
    "package test;",
    "import java.math.*; import java.time.*; import java.util.*; import java.util.concurrent.CompletableFuture;"
        + " import org.codepaygen.annotations.*;"
  };

  /** A source file {@code test.NAME} of the header and {@code body}. */
  static JavaFileObject source(String name, String... body) {
    List<String> lines = new ArrayList<>(Arrays.asList(HEADER));
    lines.addAll(Arrays.asList(body));
    return Specs.source("test." + name, lines.toArray(String[]::new));
  }

  /** A valid request model {@code test.Req} for API tests. */
  static final JavaFileObject REQ = source("Req", "@CodePayModel public interface Req { String id(); }");

  private static Compilation assertOnlyError(String id, JavaFileObject file, int line, JavaFileObject... others) {
    List<JavaFileObject> sources = new ArrayList<>(List.of(file));
    sources.addAll(Arrays.asList(others));
    Compilation compilation = Specs.compile(sources);
    assertThat(compilation).hadErrorContaining("[" + id + "]").inFile(file).onLine(line);
    assertThat(compilation).hadErrorCount(1);
    assertOnlyOnUserCode(compilation, sources);
    return compilation;
  }

  /** Every diagnostic points into one of {@code sources}, the user's code, and none into generated code. */
  static void assertOnlyOnUserCode(Compilation compilation, List<JavaFileObject> sources) {
    Set<URI> user = sources.stream().map(JavaFileObject::toUri).collect(Collectors.toSet());
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      assertThat(diagnostic.getSource()).as(diagnostic.toString()).isNotNull();
      assertThat(user).as(diagnostic.toString()).contains(diagnostic.getSource().toUri());
    }
  }

  @Nested
  class Declarations {
    @Test
    void rejectsAClassAnnotatedAsModelOnTheAnnotation() {
      JavaFileObject file = source("Order", "", "@CodePayModel", "public class Order {}");
      assertOnlyError("CodePayNotInterface", file, 4);
    }

    @Test
    void rejectsAnEnumAnnotatedAsApi() {
      JavaFileObject file = source("Api", "@CodePayApi", "public enum Api { A }");
      assertOnlyError("CodePayNotInterface", file, 3);
    }

    @Test
    void rejectsAGenericModel() {
      JavaFileObject file = source("Page", "@CodePayModel", "public interface Page<T> { String id(); }");
      assertOnlyError("CodePayGenericType", file, 4);
    }

    @Test
    void rejectsAGenericApi() {
      JavaFileObject file = source("Api", "@CodePayApi", "public interface Api<T> {",
          "  @Endpoint(\"order.query\") Req query(Req req);", "}");
      assertOnlyError("CodePayGenericType", file, 4, REQ);
    }

    @Test
    void rejectsAPrivateNestedModel() {
      JavaFileObject file = source("Outer", "public class Outer {",
          "  @CodePayModel private interface Inner { String id(); }", "}");
      assertOnlyError("CodePayPrivateType", file, 4);
    }
  }

  @Nested
  class ModelProperties {
    @Test
    void rejectsAnAccessorWithParameters() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  String id(int index);", "}");
      assertOnlyError("CodePayAccessorParameters", file, 4);
    }

    @Test
    void rejectsAPropertyNamedBuilder() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  String builder();", "}");
      assertOnlyError("CodePayReservedPropertyName", file, 4);
    }

    @Test
    void rejectsAGenericAccessor() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  <T> T value();", "}");
      assertOnlyError("CodePayAccessorParameters", file, 4);
    }

    @Test
    void rejectsAnAccessorThatThrowsACheckedException() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  String id();",
          "  String note() throws Exception;", "}");
      assertOnlyError("CodePayCheckedException", file, 5);
    }

    @Test
    void rejectsAVoidAccessor() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  void id();", "}");
      assertOnlyError("CodePayAccessorVoid", file, 4);
    }

    @Test
    void rejectsAMapOtherThanOfStrings() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  String id();",
          "  Map<String, Integer> extras();", "}");
      Compilation compilation = assertOnlyError("CodePayUnsupportedPropertyType", file, 5);
      assertThat(compilation).hadErrorContaining("java.util.Map<java.lang.String,java.lang.Integer>");
    }

    @Test
    void rejectsASetAListOfBooleansAndAListOfLists() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  Set<String> a();",
          "  List<Boolean> b();", "  List<List<String>> c();", "  List<? extends Number> d();", "}");
      Compilation compilation = Specs.compile(file);
      for (int line = 4; line <= 7; line++) {
        assertThat(compilation).hadErrorContaining("[CodePayUnsupportedPropertyType]").inFile(file).onLine(line);
      }
      assertThat(compilation).hadErrorCount(4);
    }

    @Test
    void rejectsACharProperty() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  char initial();", "}");
      assertOnlyError("CodePayUnsupportedPropertyType", file, 4);
    }

    @Test
    void rejectsAMaxLengthOnAListOfStrings() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  @MaxLength(2) List<String> tags();",
          "}");
      assertOnlyError("CodePayRuleOnNonString", file, 4);
    }

    @Test
    void rejectsAnInterfaceThatIsNotAModel() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  Runnable task();", "}");
      assertOnlyError("CodePayUnsupportedPropertyType", file, 4);
    }

    @Test
    void rejectsANestedOptional() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {",
          "  Optional<Optional<String>> note();", "}");
      assertOnlyError("CodePayUnsupportedPropertyType", file, 4);
    }

    @Test
    void rejectsANullablePrimitive() {
      JavaFileObject nullable = source("Nullable", "public @interface Nullable {}");
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  @Nullable", "  int count();", "}");
      assertOnlyError("CodePayNullablePrimitive", file, 5, nullable);
    }

    @Test
    void rejectsTwoPropertiesWithTheSameWireName() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  String merchantOrderNo();",
          "  @WireName(\"merchant_order_no\")", "  String orderNo();", "}");
      assertOnlyError("CodePayDuplicateWireName", file, 6);
    }

    @Test
    void rejectsAPropertySentAsSign() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  String sign();", "}");
      assertOnlyError("CodePayReservedWireName", file, 4);
    }

    @Test
    void rejectsAWireNameOfTheEnvelopeOnTheAnnotationValue() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {",
          "  @WireName(", "      \"MERCHANT_NO\")", "  String merchant();", "}");
      assertOnlyError("CodePayReservedWireName", file, 5);
    }

    @Test
    void rejectsEveryEnvelopeField() {
      String[] envelope = {"app_id", "format", "charset", "sign_type", "sign", "version", "timestamp", "method",
          "merchant_no", "store_no"};
      List<String> body = new ArrayList<>(List.of("@CodePayModel public interface M {"));
      for (int i = 0; i < envelope.length; i++) {
        body.add("  @WireName(\"" + envelope[i] + "\") String p" + i + "();");
      }
      body.add("}");
      JavaFileObject file = source("M", body.toArray(String[]::new));
      Compilation compilation = Specs.compile(file);
      for (int i = 0; i < envelope.length; i++) {
        assertThat(compilation).hadErrorContaining("sent as \"" + envelope[i] + "\"").inFile(file).onLine(4 + i);
      }
      assertThat(compilation).hadErrorCount(envelope.length);
    }

    @Test
    void rejectsAnInvalidWireName() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  @WireName(\"\")", "  String id();",
          "}");
      assertOnlyError("CodePayInvalidWireName", file, 4);
    }

    @Test
    void rejectsMaxLengthOnANumber() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  @MaxLength(3)",
          "  BigDecimal amount();", "}");
      assertOnlyError("CodePayRuleOnNonString", file, 4);
    }

    @Test
    void rejectsPatternOnAnOptionalDate() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  @Pattern(\"[0-9]+\")",
          "  Optional<LocalDate> day();", "}");
      assertOnlyError("CodePayRuleOnNonString", file, 4);
    }

    @Test
    void rejectsMaxLengthBelowOne() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  @MaxLength(0)", "  String id();",
          "}");
      assertOnlyError("CodePayMaxLengthTooSmall", file, 4);
    }

    @Test
    void rejectsAnInvalidPatternOnItsValue() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  @Pattern(",
          "      \"[0-9\")", "  String id();", "}");
      Compilation compilation = Specs.compile(file);
      assertThat(compilation).hadErrorContaining("[CodePayInvalidPattern]").inFile(file).onLine(5);
      assertThat(compilation).hadErrorContaining("Unclosed character class");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void rejectsAnEnumWithoutUnknownCode() {
      JavaFileObject kind = source("Kind", "public enum Kind { @WireCode(\"1\") SALE }");
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  Kind kind();", "}");
      assertOnlyError("CodePayEnumUnknownCode", file, 4, kind);
    }

    @Test
    void rejectsAnEnumWhoseConstantsShareAWireCode() {
      JavaFileObject kind = source("Kind", "public enum Kind { @WireCode(\"1\") SALE, @WireCode(\"1\") REFUND,",
          "  @UnknownCode OTHER }");
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  Kind kind();", "}");
      assertOnlyError("CodePayDuplicateWireCode", file, 4, kind);
    }

    @Test
    void rejectsAWireCodeThatRepeatsAnotherConstantsName() {
      JavaFileObject kind = source("Kind", "public enum Kind { SALE, @WireCode(\"SALE\") VENTE, @UnknownCode OTHER }");
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  Kind kind();", "}");
      assertOnlyError("CodePayDuplicateWireCode", file, 4, kind);
    }

    @Test
    void rejectsAnEnumWithTwoUnknownCodes() {
      JavaFileObject kind = source("Kind", "public enum Kind { SALE, @UnknownCode A, @UnknownCode B }");
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  Optional<Kind> kind();", "}");
      assertOnlyError("CodePayEnumUnknownCode", file, 4, kind);
    }
  }

  @Nested
  class Endpoints {
    @Test
    void rejectsAnAbstractMethodWithoutEndpoint() {
      JavaFileObject file = source("Api", "@CodePayApi public interface Api {", "  Req query(Req req);", "}");
      assertOnlyError("CodePayMissingEndpoint", file, 4, REQ);
    }

    @Test
    void rejectsAMethodNameWithUpperCase() {
      JavaFileObject file = source("Api", "@CodePayApi public interface Api {",
          "  @Endpoint(\"Order.query\") Req query(Req req);", "}");
      assertOnlyError("CodePayInvalidEndpointName", file, 4, REQ);
    }

    @Test
    void rejectsAMethodNameWithoutDot() {
      JavaFileObject file = source("Api", "@CodePayApi public interface Api {",
          "  @Endpoint(\"query\") Req query(Req req);", "}");
      assertOnlyError("CodePayInvalidEndpointName", file, 4, REQ);
    }

    @Test
    void rejectsAMethodNameLongerThan32() {
      String name = "wisehub.cloud.pay.order.abcdefghi";
      JavaFileObject file = source("Api", "@CodePayApi public interface Api {",
          "  @Endpoint(\"" + name + "\") Req query(Req req);", "}");
      assertOnlyError("CodePayEndpointNameTooLong", file, 4, REQ);
    }

    @Test
    void acceptsAMethodNameOfExactly32() {
      String name = "wisehub.cloud.pay.order.abcdefgh";
      JavaFileObject file = source("Api", "@CodePayApi public interface Api {",
          "  @Endpoint(\"" + name + "\") Req query(Req req);", "}");
      assertThat(Specs.compile(file, REQ)).succeededWithoutWarnings();
    }

    @Test
    void rejectsTwoEndpointsWithTheSameMethod() {
      JavaFileObject file = source("Api", "@CodePayApi public interface Api {",
          "  @Endpoint(\"order.query\") Req query(Req req);",
          "  @Endpoint(\"order.query\") Req queryAgain(Req req);", "}");
      assertOnlyError("CodePayDuplicateEndpoint", file, 5, REQ);
    }

    @Test
    void rejectsAnEndpointWithoutParameter() {
      JavaFileObject file = source("Api", "@CodePayApi public interface Api {",
          "  @Endpoint(\"order.query\")", "  Req query();", "}");
      assertOnlyError("CodePayEndpointParameters", file, 5, REQ);
    }

    @Test
    void rejectsAnEndpointWithTwoParameters() {
      JavaFileObject file = source("Api", "@CodePayApi public interface Api {",
          "  @Endpoint(\"order.query\")", "  Req query(Req a, Req b);", "}");
      assertOnlyError("CodePayEndpointParameters", file, 5, REQ);
    }

    @Test
    void rejectsAParameterThatIsNotAModel() {
      JavaFileObject file = source("Api", "@CodePayApi public interface Api {",
          "  @Endpoint(\"order.query\") Req query(", "      String id);", "}");
      assertOnlyError("CodePayEndpointParameterNotModel", file, 5, REQ);
    }

    @Test
    void rejectsAStringAnswer() {
      JavaFileObject file = source("Api", "@CodePayApi public interface Api {",
          "  @Endpoint(\"order.query\")", "  String query(Req req);", "}");
      assertOnlyError("CodePayEndpointReturnType", file, 5, REQ);
    }

    @Test
    void rejectsAFutureOfAString() {
      JavaFileObject file = source("Api", "@CodePayApi public interface Api {",
          "  @Endpoint(\"order.query\")", "  CompletableFuture<String> query(Req req);", "}");
      assertOnlyError("CodePayEndpointReturnType", file, 5, REQ);
    }

    @Test
    void rejectsAnEndpointThatThrowsACheckedException() {
      JavaFileObject file = source("Api", "@CodePayApi public interface Api {",
          "  @Endpoint(\"order.query\")", "  Req query(Req req) throws java.io.IOException;", "}");
      Compilation compilation = Specs.compile(file, REQ);
      assertThat(compilation).hadErrorContaining("[CodePayCheckedException] query() declares the checked exception"
          + " java.io.IOException").inFile(file).onLine(5);
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void acceptsAnUncheckedExceptionInTheThrowsClause() {
      JavaFileObject file = source("Api", "@CodePayApi public interface Api {",
          "  @Endpoint(\"order.query\") Req query(Req req) throws IllegalStateException;", "}");
      assertThat(Specs.compile(file, REQ)).succeededWithoutWarnings();
    }

    @Test
    void leavesDefaultAndStaticMethodsAlone() {
      JavaFileObject file = source("Api", "@CodePayApi public interface Api {",
          "  @Endpoint(\"order.query\") Req query(Req req);",
          "  default String helper(int x) { return \"\"; }",
          "  static Api of() { return null; }", "}");
      assertThat(Specs.compile(file, REQ)).succeededWithoutWarnings();
    }
  }

  @Nested
  class Unresolved {
    @Test
    void reportsATypeThatNeverAppearsInTheLastRound() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  Missing missing();", "}");
      Compilation compilation = Specs.compile(file);
      assertThat(compilation).hadErrorContaining("[CodePayUnresolvedType]").inFile(file).onLine(4);
      assertThat(compilation).hadErrorContaining("[CodePayUnresolvedType] Model property missing()");
    }

    @Test
    void reportsAMissingRequestTypeOfAnEndpoint() {
      JavaFileObject file = source("Api", "@CodePayApi public interface Api {",
          "  @Endpoint(\"order.query\") Req query(", "      Missing req);", "}");
      Compilation compilation = Specs.compile(file, REQ);
      assertThat(compilation).hadErrorContaining("[CodePayUnresolvedType]").inFile(file).onLine(5);
    }
  }

  @Nested
  class Uploads {
    private static final String FILE = "org.codepaygen.runtime.FileData";

    @Test
    void rejectsTwoFilesInOneModel() {
      JavaFileObject file = source("Up", "@CodePayModel public interface Up {", "  " + FILE + " front();",
          "  " + FILE + " back();", "}");
      assertOnlyError("CodePayUploadFiles", file, 5);
    }

    @Test
    void rejectsAnOptionalFile() {
      JavaFileObject file = source("Up", "@CodePayModel public interface Up {",
          "  Optional<" + FILE + "> fileData();", "}");
      assertOnlyError("CodePayOptionalFile", file, 4);
    }

    @Test
    void rejectsANullableFile() {
      JavaFileObject nullable = source("Nullable", "public @interface Nullable {}");
      JavaFileObject file = source("Up", "@CodePayModel public interface Up {", "  @Nullable",
          "  " + FILE + " fileData();", "}");
      assertOnlyError("CodePayOptionalFile", file, 5, nullable);
    }

    @Test
    void rejectsAFileHashDeclaredBesideTheFile() {
      JavaFileObject file = source("Up", "@CodePayModel public interface Up {", "  " + FILE + " fileData();",
          "  String fileDataHash();", "}");
      assertOnlyError("CodePayFileHashDeclared", file, 5);
    }

    @Test
    void rejectsAFileInANestedModel() {
      JavaFileObject inner = source("Inner", "@CodePayModel public interface Inner { " + FILE + " fileData(); }");
      JavaFileObject outer = source("Outer", "@CodePayModel public interface Outer {", "  String id();",
          "  List<Inner> inners();", "}");
      Compilation compilation = assertOnlyError("CodePayFileOutsideRequest", outer, 5, inner);
      assertThat(compilation).hadErrorContaining("test.Inner, whose property fileData() is a FileData");
    }

    @Test
    void rejectsAFileInAnAnswer() {
      JavaFileObject answer = source("Answer", "@CodePayModel public interface Answer { " + FILE + " file(); }");
      JavaFileObject api = source("Api", "@CodePayApi public interface Api {",
          "  @Endpoint(\"file.download\") Answer download(Req req);", "}");
      assertOnlyError("CodePayFileOutsideRequest", api, 4, answer, REQ);
    }
  }

  @Nested
  class Records {
    @Test
    void refusesARecordModelAndShowsTheInterfaceToWrite() {
      JavaFileObject file = source("Order", "@CodePayModel", "public record Order(String merchantOrderNo,"
          + " Optional<String> note) {}");
      Compilation compilation = assertOnlyError("CodePayRecordModel", file, 3);
      assertThat(compilation).hadErrorContaining("@CodePayModel interface Order { java.lang.String merchantOrderNo();"
          + " java.util.Optional<java.lang.String> note(); }");
    }

    @Test
    void refusesARecordApiAsNotAnInterface() {
      JavaFileObject file = source("Api", "@CodePayApi", "public record Api(String id) {}");
      assertOnlyError("CodePayNotInterface", file, 3);
    }

    @Test
    void acceptsARecordImplementingAModelAndChecksItWhenCopied() {
      JavaFileObject model = source("Query", "@CodePayModel public interface Query { @MaxLength(4) String id(); }");
      JavaFileObject record = source("QueryRecord", "public record QueryRecord(String id) implements Query {}");
      assertThat(Specs.compile(model, record)).succeededWithoutWarnings();
    }
  }

  @Nested
  class SeveralInterfaces {
    @Test
    void reportsEveryProblemOfEveryBrokenInterface() {
      JavaFileObject first = source("First", "@CodePayModel public interface First {", "  char a();",
          "  void b();", "  @MaxLength(0) String c();", "}");
      JavaFileObject second = source("Second", "@CodePayApi public interface Second {", "  Req a(Req req);",
          "  @Endpoint(\"BAD\") Req b(Req req);", "}");
      Compilation compilation = Specs.compile(first, second, REQ);
      assertThat(compilation).hadErrorContaining("[CodePayUnsupportedPropertyType]").inFile(first).onLine(4);
      assertThat(compilation).hadErrorContaining("[CodePayAccessorVoid]").inFile(first).onLine(5);
      assertThat(compilation).hadErrorContaining("[CodePayMaxLengthTooSmall]").inFile(first).onLine(6);
      assertThat(compilation).hadErrorContaining("[CodePayMissingEndpoint]").inFile(second).onLine(4);
      assertThat(compilation).hadErrorContaining("[CodePayInvalidEndpointName]").inFile(second).onLine(5);
      assertThat(compilation).hadErrorCount(5);
    }

    @Test
    void generatesAHealthyInterfaceBesideABrokenOne() {
      JavaFileObject broken = source("Broken", "@CodePayModel public interface Broken { char a(); }");
      JavaFileObject healthy = source("Healthy", "@CodePayModel public interface Healthy { String a(); }");
      JavaFileObject user = source("User", "class User {",
          "  Healthy make() { return ImmutableHealthy.builder().a(\"x\").build(); }", "}");
      Compilation compilation = Specs.compile(broken, healthy, user);
      assertThat(compilation).hadErrorContaining("[CodePayUnsupportedPropertyType]").inFile(broken).onLine(3);
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void writesNothingForABrokenInterfaceButWritesTheHealthyOnes() {
      JavaFileObject broken = source("Broken", "@CodePayModel public interface Broken {", "  String a();",
          "  char b();", "}");
      JavaFileObject healthy = source("Healthy", "@CodePayModel public interface Healthy { String a(); }");
      RecordingFiler recording = new RecordingFiler();
      Compilation compilation = javac().withProcessors(recording).compile(broken, healthy);
      assertThat(compilation).hadErrorContaining("[CodePayUnsupportedPropertyType]").inFile(broken).onLine(5);
      assertThat(recording.created).containsOnlyKeys("test.ImmutableHealthy");
    }
  }

  @Nested
  class JavaBeansAccessors {
    @Test
    void reportsAMixOfPrefixedAndPlainAccessorsOnTheModel() {
      JavaFileObject file = source("Order", "@CodePayModel", "public interface Order {",
          "  String getMerchantOrderNo();", "  boolean isPaid();", "  BigDecimal amount();", "}");
      assertThat(assertOnlyError("CodePayMixedAccessorPrefixes", file, 4)).hadErrorContaining(
          "Model Order mixes JavaBeans accessors (getMerchantOrderNo(), isPaid()) with plain ones (amount())");
    }

    @Test
    void countsIsAsAPrefixOnlyForBooleans() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  String getId();",
          "  String isStatus();", "}");
      assertThat(assertOnlyError("CodePayMixedAccessorPrefixes", file, 3))
          .hadErrorContaining("(getId()) with plain ones (isStatus())");
    }

    @Test
    void keepsNamesThatOnlyLookPrefixed() throws IOException {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  String issuer();",
          "  String getaway();", "  boolean is();", "  String isStatus();", "}");
      Compilation compilation = Specs.compile(file);
      assertThat(compilation).succeededWithoutWarnings();
      assertThat(GoldenFilesTest.generatedSources(compilation).get("test/ImmutableM.java"))
          .contains("@JsonProperty(\"issuer\")", "@JsonProperty(\"getaway\")", "@JsonProperty(\"is\")",
              "@JsonProperty(\"is_status\")");
    }

    @Test
    void reportsAStrippedNameThatIsAKeyword() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  String getId();",
          "  boolean isDefault();", "}");
      assertThat(assertOnlyError("CodePayKeywordPropertyName", file, 5))
          .hadErrorContaining("keep the wire name with @WireName(\"default\")");
    }

    @Test
    void reportsTwoAccessorsForOneProperty() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  String getPaid();",
          "  boolean isPaid();", "}");
      assertOnlyError("CodePayDuplicatePropertyName", file, 5);
    }

    @Test
    void reportsAStrippedNameThatClashesWithTheBuilder() {
      JavaFileObject file = source("M", "@CodePayModel public interface M {", "  String getBuilder();", "}");
      assertOnlyError("CodePayReservedPropertyName", file, 4);
    }
  }

  /** An interface that needs a broken model's generated class is not written, so no error lands in generated code. */
  @Nested
  class Cascades {
    private final JavaFileObject api = source("Api", "@CodePayApi public interface Api {",
        "  @Endpoint(\"order.query\") CompletableFuture<Answer> query(Req req);", "}");

    /** Compiles {@code sources}, expects only {@code id} on {@code line} of {@code file}; returns what was written. */
    private Set<String> assertOnlyErrorAndWritten(
        String id, JavaFileObject file, int line, JavaFileObject... sources) {
      RecordingFiler recording = new RecordingFiler();
      Compilation compilation = javac().withProcessors(recording).compile(sources);
      assertThat(compilation).hadErrorContaining("[" + id + "]").inFile(file).onLine(line);
      assertThat(compilation).hadErrorCount(1);
      assertOnlyOnUserCode(compilation, Arrays.asList(sources));
      return recording.created.keySet();
    }

    @Test
    void writesNoApiWhoseRequestModelFailed() {
      JavaFileObject req = source("Req", "@CodePayModel public interface Req {", "  String id();",
          "  char initial();", "}");
      JavaFileObject answer = source("Answer", "@CodePayModel public interface Answer { String id(); }");
      assertThat(assertOnlyErrorAndWritten("CodePayUnsupportedPropertyType", req, 5, req, answer, api))
          .containsExactly("test.ImmutableAnswer");
    }

    @Test
    void writesNoApiWhoseAnswerModelFailed() {
      JavaFileObject answer = source("Answer", "@CodePayModel public interface Answer {", "  void id();", "}");
      assertThat(assertOnlyErrorAndWritten("CodePayAccessorVoid", answer, 4, REQ, answer, api))
          .containsExactly("test.ImmutableReq");
    }

    @Test
    void writesNothingAlongAChainOfModelsEndingInAFailedOne() {
      JavaFileObject answer = source("Answer", "@CodePayModel public interface Answer {", "  List<Line> lines();",
          "  Optional<Line> first();", "}");
      JavaFileObject line = source("Line", "@CodePayModel public interface Line {", "  @MaxLength(0) String sku();",
          "}");
      assertThat(assertOnlyErrorAndWritten("CodePayMaxLengthTooSmall", line, 4, REQ, answer, line, api))
          .containsExactly("test.ImmutableReq");
    }

    @Test
    void reportsOnlyTheModelWhenItsTypeNeverAppears() {
      JavaFileObject req = source("Req", "@CodePayModel public interface Req {", "  Missing missing();", "}");
      JavaFileObject answer = source("Answer", "@CodePayModel public interface Answer { String id(); }");
      RecordingFiler recording = new RecordingFiler();
      Compilation compilation = javac().withProcessors(recording).compile(req, answer, api);
      // javac's own "cannot find symbol" on the same line is the other error.
      assertThat(compilation).hadErrorContaining("[CodePayUnresolvedType]").inFile(req).onLine(4);
      assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(req).onLine(4);
      assertThat(compilation).hadErrorCount(2);
      assertOnlyOnUserCode(compilation, List.of(req, answer, api));
      assertThat(recording.created).containsOnlyKeys("test.ImmutableAnswer");
    }
  }

  @Nested
  class NameClashes {
    @Test
    void reportsAUserTypeThatHasTheGeneratedName() {
      JavaFileObject mine = source("ImmutableOrder", "public class ImmutableOrder {}");
      JavaFileObject file = source("Order", "@CodePayModel public interface Order { String id(); }");
      assertThat(assertOnlyError("CodePayGeneratedNameTaken", file, 3, mine))
          .hadErrorContaining("would be test.ImmutableOrder, which already exists in your code");
    }

    @Test
    void reportsTwoInterfacesThatWouldGenerateOneClass() {
      JavaFileObject nested = source("Outer", "public class Outer {",
          "  @CodePayModel public interface Inner { String id(); }", "}");
      JavaFileObject flat = source("Outer_Inner", "@CodePayModel public interface Outer_Inner { String id(); }");
      Compilation compilation = Specs.compile(nested, flat);
      assertThat(compilation).hadErrorContaining("[CodePayGeneratedNameTaken] The class generated for test.Outer.Inner"
          + " would be test.ImmutableOuter_Inner, which is also the class generated for test.Outer_Inner")
          .inFile(nested).onLine(4);
      assertThat(compilation).hadErrorContaining("[CodePayGeneratedNameTaken]").inFile(flat).onLine(3);
      assertThat(compilation).hadErrorCount(2);
    }
  }
}
