package org.codepaygen.spring.autoconfigure;

/**
 * A {@code codepay.*} property is missing or unusable, so the CodePay client cannot be built. The message names the
 * property and the problem; it never holds a key's or passphrase's content.
 */
public class CodePayPropertyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String property;
  private final String problem;

  /**
   * @param property the full property name, such as {@code codepay.merchant-private-key}
   * @param problem what is wrong with its value, without the value itself when it is secret
   */
  public CodePayPropertyException(String property, String problem, Throwable cause) {
    super(property + " " + problem, cause);
    this.property = property;
    this.problem = problem;
  }

  /** The full property name, such as {@code codepay.app-id}. */
  public String property() {
    return property;
  }

  /** What is wrong, such as {@code "is not set"}. */
  public String problem() {
    return problem;
  }
}
