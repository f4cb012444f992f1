package org.codepaygen.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A {@code @CodePayModel} interface and the immutable class to generate for it.
 *
 * @param modelInterface the user's interface
 * @param implementation the generated class, named by {@code GeneratedNames.modelImplementation}
 * @param properties the properties in declaration order
 * @param javadoc the interface's documentation, or an empty string
 */
public record ModelDescriptor(
    ClassName modelInterface, ClassName implementation, List<PropertyDescriptor> properties, String javadoc) {
  public ModelDescriptor {
    properties = List.copyOf(properties);
  }

  /** The name validation errors use for this model: the interface's simple name. */
  public String modelName() {
    return modelInterface.simpleName();
  }
}
