package org.codepaygen.spring.autoconfigure;

import org.codepaygen.runtime.CodePayClient;

/**
 * Changes the {@link CodePayClient.Builder} after the {@code codepay.*} properties were applied and before the
 * auto-configured client is built: for settings that are not properties, such as a shared OkHttp client or a clock.
 * Every bean of this type is applied, in {@link org.springframework.core.annotation.Order} order.
 */
@FunctionalInterface
public interface CodePayClientCustomizer {
  void customize(CodePayClient.Builder builder);
}
