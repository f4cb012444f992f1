package org.codepaygen.spring.autoconfigure;

import java.util.List;
import org.codepaygen.runtime.AnswerListener;
import org.codepaygen.runtime.CodePayClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/**
 * The {@link CodePayClient} bean, built from the {@code codepay.*} properties, then every
 * {@link CodePayClientCustomizer}; every {@link AnswerListener} bean hears its verified answers. Closed with the
 * application context. An application's own {@code CodePayClient} bean replaces it.
 */
@AutoConfiguration
@ConditionalOnClass(CodePayClient.class)
@EnableConfigurationProperties(CodePayProperties.class)
public class CodePayAutoConfiguration {
  @Bean
  @ConditionalOnMissingBean
  CodePayClient codePayClient(
      CodePayProperties properties,
      ResourceLoader resourceLoader,
      ObjectProvider<CodePayClientCustomizer> customizers,
      ObjectProvider<AnswerListener> answerListeners) {
    CodePayClient.Builder builder = new CodePayClientFactory(properties, resourceLoader).builder();
    List<AnswerListener> listeners = answerListeners.orderedStream().toList();
    if (!listeners.isEmpty()) {
      builder.answerListener(new AnswerListeners(listeners));
    }
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return CodePayClientFactory.build(builder);
  }
}
