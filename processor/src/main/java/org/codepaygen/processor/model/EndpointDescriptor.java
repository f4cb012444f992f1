package org.codepaygen.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * One {@code @Endpoint} method of an API.
 *
 * @param methodName the Java method's name
 * @param gatewayMethod the gateway {@code method}, such as {@code "order.query"}
 * @param parameterName the name of the request parameter
 * @param requestModel the request's model interface
 * @param requestImplementation the request model's generated class
 * @param returnType the method's return type as the user declared it
 * @param shape how the answer is returned
 * @param upload whether the request model holds a file, which makes the call a multipart upload
 * @param javadoc the method's documentation, or an empty string
 */
public record EndpointDescriptor(
    String methodName,
    String gatewayMethod,
    String parameterName,
    ClassName requestModel,
    ClassName requestImplementation,
    TypeName returnType,
    ResponseShape shape,
    boolean upload,
    String javadoc) {}
