package org.codepaygen.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A {@code @CodePayApi} interface and the client class to generate for it.
 *
 * @param apiInterface the user's interface
 * @param implementation the generated client, named by {@code GeneratedNames.apiImplementation}
 * @param endpoints the endpoints in declaration order
 * @param javadoc the interface's documentation, or an empty string
 */
public record ApiDescriptor(
    ClassName apiInterface, ClassName implementation, List<EndpointDescriptor> endpoints, String javadoc) {
  public ApiDescriptor {
    endpoints = List.copyOf(endpoints);
  }
}
