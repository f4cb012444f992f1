package org.codepaygen.spring.shop;

import org.codepaygen.sandbox.CodePaySandbox;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One local sandbox for a test class: {@code @RegisterExtension static final SandboxExtension SANDBOX = ...}. */
public final class SandboxExtension implements BeforeAllCallback, AfterAllCallback {
  private CodePaySandbox sandbox;

  @Override
  public void beforeAll(ExtensionContext context) {
    sandbox = ShopSandbox.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    sandbox.close();
  }

  public CodePaySandbox get() {
    return sandbox;
  }

  /** The {@code codepay.*} properties that reach this sandbox, as {@code name=value} pairs. */
  public String[] propertyValues() {
    return ShopSandbox.propertyValues(ShopSandbox.properties(sandbox));
  }
}
