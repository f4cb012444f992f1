package org.codepaygen.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.codepaygen.processor.model.ApiDescriptor;
import org.codepaygen.processor.model.EndpointDescriptor;
import org.codepaygen.processor.model.ResponseShape;

/** Checks a {@code @CodePayApi} interface and describes the client to generate for it. */
public final class ApiValidator {
  private static final Pattern GATEWAY_METHOD = Pattern.compile("[a-z]+(\\.[a-z]+)+");
  private static final int GATEWAY_METHOD_MAX_LENGTH = 32;
  private static final ClassName COMPLETABLE_FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");

  private final Interfaces interfaces;
  private final Types types;

  public ApiValidator(Elements elements, Types types) {
    this.interfaces = new Interfaces(elements, types);
    this.types = types;
  }

  /** The description of {@code type}, or empty when {@code report} received a problem. */
  public Optional<ApiDescriptor> validate(TypeElement type, ValidationReport report) {
    if (!interfaces.checkDeclaration(type, Names.CODE_PAY_API, report)) {
      return Optional.empty();
    }
    List<EndpointDescriptor> endpoints = new ArrayList<>();
    Map<String, ExecutableElement> byGatewayMethod = new HashMap<>();
    for (ExecutableElement method : interfaces.abstractMethods(type)) {
      endpoint(type, method, byGatewayMethod, report).ifPresent(endpoints::add);
    }
    if (!report.isClean()) {
      return Optional.empty();
    }
    ClassName api = ClassName.get(type);
    return Optional.of(new ApiDescriptor(api, implementationOf(api), endpoints, interfaces.javadoc(type)));
  }

  /** The generated client for an API interface: {@code CodePay_} and the simple names joined by {@code _}. */
  public static ClassName implementationOf(ClassName api) {
    return ClassName.get(api.packageName(), "CodePay_" + String.join("_", api.simpleNames()));
  }

  private Optional<EndpointDescriptor> endpoint(
      TypeElement api, ExecutableElement method, Map<String, ExecutableElement> byGatewayMethod,
      ValidationReport report) {
    String name = method.getSimpleName().toString();
    Optional<AnnotationMirror> endpoint = Annotations.find(method, Names.ENDPOINT);
    if (endpoint.isEmpty()) {
      report.error(Message.MISSING_ENDPOINT, method, name);
      return Optional.empty();
    }
    boolean usable = interfaces.checkThrows(method, report);
    AnnotationValue value = Annotations.value(endpoint.get());
    String gatewayMethod = (String) value.getValue();
    if (!GATEWAY_METHOD.matcher(gatewayMethod).matches()) {
      report.error(Message.INVALID_ENDPOINT_NAME, method, endpoint.get(), value, gatewayMethod, name);
      usable = false;
    }
    if (gatewayMethod.length() > GATEWAY_METHOD_MAX_LENGTH) {
      report.error(Message.ENDPOINT_NAME_TOO_LONG, method, endpoint.get(), value, gatewayMethod, name,
          gatewayMethod.length());
      usable = false;
    }
    ExecutableElement earlier = byGatewayMethod.putIfAbsent(gatewayMethod, method);
    if (earlier != null) {
      report.error(Message.DUPLICATE_ENDPOINT, method, endpoint.get(), value, earlier.getSimpleName(), name,
          gatewayMethod);
      usable = false;
    }

    ClassName request = null;
    String parameterName = null;
    boolean upload = false;
    if (method.getParameters().size() != 1) {
      report.error(Message.ENDPOINT_PARAMETERS, method, name, method.getParameters().size());
      usable = false;
    } else {
      VariableElement parameter = method.getParameters().get(0);
      TypeMirror parameterType = parameter.asType();
      parameterName = parameter.getSimpleName().toString();
      if (parameterType.getKind() == TypeKind.ERROR) {
        report.unresolved(parameter, "The request of endpoint " + name + "()", parameterType);
        usable = false;
      } else if (!Interfaces.isModel(parameterType)) {
        report.error(Message.ENDPOINT_PARAMETER_NOT_MODEL, parameter, name, parameterType);
        usable = false;
      } else {
        TypeElement requestModel = (TypeElement) types.asElement(parameterType);
        report.requireModel(parameter, "The request of endpoint " + name + "()", requestModel);
        request = ClassName.get(requestModel);
        upload = interfaces.fileAccessor(requestModel) != null;
      }
    }

    TypeMirror returnType = interfaces.returnType(api, method);
    ResponseShape shape = null;
    TypeName returnTypeName = null;
    TypeElement answerModel = null;
    boolean unresolvedAnswer = false;
    if (returnType.getKind() == TypeKind.VOID) {
      shape = ResponseShape.VOID;
      returnTypeName = TypeName.VOID;
    } else if (returnType.getKind() == TypeKind.ERROR) {
      report.unresolved(method, "The answer of endpoint " + name + "()", returnType);
      unresolvedAnswer = true;
    } else if (Interfaces.isModel(returnType)) {
      shape = ResponseShape.MODEL;
      answerModel = (TypeElement) types.asElement(returnType);
      returnTypeName = ClassName.get(answerModel);
    } else if (isFuture(returnType)) {
      TypeMirror answer = ((DeclaredType) returnType).getTypeArguments().get(0);
      if (answer.getKind() == TypeKind.ERROR) {
        report.unresolved(method, "The answer of endpoint " + name + "()", answer);
        unresolvedAnswer = true;
      } else if (Interfaces.isModel(answer) || isVoid(answer)) {
        shape = isVoid(answer) ? ResponseShape.FUTURE_VOID : ResponseShape.FUTURE;
        answerModel = isVoid(answer) ? null : (TypeElement) types.asElement(answer);
        returnTypeName = ParameterizedTypeName.get(
            COMPLETABLE_FUTURE, ClassName.get((TypeElement) types.asElement(answer)));
      }
    }
    if (shape == null && !unresolvedAnswer) {
      report.error(Message.ENDPOINT_RETURN_TYPE, method, name, returnType);
    }
    if (answerModel != null) {
      // The runtime reads the answer into the model's generated class.
      report.requireModel(method, "The answer of endpoint " + name + "()", answerModel);
      ExecutableElement file = interfaces.fileAccessor(answerModel);
      if (file != null) {
        report.error(Message.FILE_OUTSIDE_REQUEST, method, "The answer of endpoint " + name + "()",
            answerModel.getQualifiedName(), file.getSimpleName());
        usable = false;
      }
    }
    if (!usable || shape == null) {
      return Optional.empty();
    }
    return Optional.of(new EndpointDescriptor(name, gatewayMethod, parameterName, request,
        ModelValidator.implementationOf(request), returnTypeName, shape, upload, interfaces.javadoc(method)));
  }

  private static boolean isFuture(TypeMirror type) {
    return type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(COMPLETABLE_FUTURE.canonicalName())
        && declared.getTypeArguments().size() == 1;
  }

  private static boolean isVoid(TypeMirror type) {
    return type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.lang.Void");
  }
}
