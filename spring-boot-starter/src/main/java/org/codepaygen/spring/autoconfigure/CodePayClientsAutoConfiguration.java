package org.codepaygen.spring.autoconfigure;

import org.codepaygen.annotations.CodePayApi;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Every {@link CodePayApi} interface of the application as a bean of its generated client, injectable by interface.
 * See {@link CodePayClientsRegistrar}.
 */
@AutoConfiguration(after = CodePayAutoConfiguration.class)
@ConditionalOnClass(CodePayApi.class)
public class CodePayClientsAutoConfiguration {
  @Bean
  static CodePayClientsRegistrar codePayClientsRegistrar() {
    return new CodePayClientsRegistrar();
  }
}
