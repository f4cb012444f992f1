package org.codepaygen.processor.writing;

import static org.codepaygen.processor.writing.References.ACKNOWLEDGEMENT;
import static org.codepaygen.processor.writing.References.BODY;
import static org.codepaygen.processor.writing.References.CODE_PAY_CLIENT;
import static org.codepaygen.processor.writing.References.COMPLETABLE_FUTURE;
import static org.codepaygen.processor.writing.References.ENDPOINT;
import static org.codepaygen.processor.writing.References.POST;
import static org.codepaygen.processor.writing.References.VALIDATION_EXCEPTION;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import org.codepaygen.processor.model.ApiDescriptor;
import org.codepaygen.processor.model.EndpointDescriptor;
import org.codepaygen.processor.model.ResponseShape;

/** Writes the client of an API: the user's interface implemented over a nested Retrofit service. */
public final class ApiWriter {
  /** The one entry point of the gateway, relative to the client's base URL. */
  static final String ENTRY_POINT = "api/entry";
  /** Where uploads go: the one multipart path (protocol §2). */
  static final String UPLOAD_PATH = "api/file/upload";

  /** The source file for {@code api}, with {@code origin} (the user's interface) as its originating element. */
  public JavaFile write(ApiDescriptor api, Element origin) {
    ClassName self = api.implementation();
    ClassName service = self.nestedClass("Service");
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addOriginatingElement(origin)
        .addJavadoc(CodeBlock.builder()
            .add("$L", References.withParagraph(api.javadoc()))
            .add("The CodePay client for {@link $T}, generated from its annotations. Get one with\n"
                + "{@code codePayClient.create($T.class)}. Every call checks its request against CodePay's rules\n"
                + "before anything is signed or sent.\n", api.apiInterface(), api.apiInterface())
            .build())
        .addAnnotation(References.generated())
        .addAnnotation(References.codePayGenerated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(api.apiInterface())
        .addField(service, "service", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("Creates the client on the signed transport of {@code client}. Prefer\n"
                + "{@code client.create($T.class)}, which calls this constructor.\n", api.apiInterface())
            .addModifiers(Modifier.PUBLIC)
            .addParameter(CODE_PAY_CLIENT, "client")
            .addStatement("this.service = client.service($T.class)", service)
            .build());
    for (EndpointDescriptor endpoint : api.endpoints()) {
      type.addMethod(implementation(endpoint));
    }
    type.addType(serviceType(api, service));
    return JavaFile.builder(self.packageName(), type.build())
        .indent("  ")
        .skipJavaLangImports(true)
        .build();
  }

  private static MethodSpec implementation(EndpointDescriptor endpoint) {
    String parameter = endpoint.parameterName();
    // Qualify the field only where the parameter would hide it, to keep the common case plain.
    String service = parameter.equals("service") ? "this.service" : "service";
    MethodSpec.Builder method = MethodSpec.methodBuilder(endpoint.methodName())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(endpoint.returnType())
        .addParameter(endpoint.requestModel(), parameter);
    if (!endpoint.javadoc().isEmpty()) {
      method.addJavadoc("$L\n", endpoint.javadoc());
    }
    switch (endpoint.shape()) {
      case MODEL -> method.addStatement("return $L.$N($T.copyOf($N))",
          service, endpoint.methodName(), endpoint.requestImplementation(), parameter);
      case VOID -> method.addStatement("$L.$N($T.copyOf($N))",
          service, endpoint.methodName(), endpoint.requestImplementation(), parameter);
      case FUTURE, FUTURE_VOID -> {
        // A broken request fails the future, as every other failure of an asynchronous call does.
        String checked = "checked" + Character.toUpperCase(parameter.charAt(0)) + parameter.substring(1);
        String failure = parameter.equals("e") ? "invalid" : "e";
        method.addStatement("$T $N", endpoint.requestImplementation(), checked)
            .beginControlFlow("try")
            .addStatement("$N = $T.copyOf($N)", checked, endpoint.requestImplementation(), parameter)
            .nextControlFlow("catch ($T $N)", VALIDATION_EXCEPTION, failure)
            .addStatement("return $T.failedFuture($N)", COMPLETABLE_FUTURE, failure)
            .endControlFlow()
            .addStatement(endpoint.shape() == ResponseShape.FUTURE_VOID
                ? "return $L.$N($N).thenApply(acknowledgement -> null)"
                : "return $L.$N($N)", service, endpoint.methodName(), checked);
      }
    }
    return method.build();
  }

  private static TypeSpec serviceType(ApiDescriptor api, ClassName service) {
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(service)
        .addJavadoc("The Retrofit view of {@link $T}: each endpoint is a signed POST to {@code $L}",
            api.apiInterface(), ENTRY_POINT)
        .addJavadoc(api.endpoints().stream().anyMatch(EndpointDescriptor::upload)
            ? CodeBlock.of(", an upload a signed\nmultipart POST to {@code $L}.\n", UPLOAD_PATH)
            : CodeBlock.of(".\n"));
    for (EndpointDescriptor endpoint : api.endpoints()) {
      // An envelope-only answer is still verified: the runtime decodes it as an Acknowledgement.
      TypeName returns = switch (endpoint.shape()) {
        case VOID -> ACKNOWLEDGEMENT;
        case FUTURE_VOID -> ParameterizedTypeName.get(COMPLETABLE_FUTURE, ACKNOWLEDGEMENT);
        case MODEL, FUTURE -> endpoint.returnType();
      };
      type.addMethod(MethodSpec.methodBuilder(endpoint.methodName())
          .addAnnotation(AnnotationSpec.builder(POST)
              .addMember("value", "$S", endpoint.upload() ? UPLOAD_PATH : ENTRY_POINT).build())
          .addAnnotation(AnnotationSpec.builder(ENDPOINT).addMember("value", "$S", endpoint.gatewayMethod()).build())
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .returns(returns)
          .addParameter(ParameterSpec.builder(endpoint.requestImplementation(), endpoint.parameterName())
              .addAnnotation(BODY).build())
          .build());
    }
    return type.build();
  }
}
