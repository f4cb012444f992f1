package org.codepaygen.spring.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.codepaygen.spring.autoconfigure.CodePayClientsAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Times the generated clients' calls with Micrometer (see {@link CallTimingInterceptor}) when Micrometer is on the
 * class path and the application has a {@link MeterRegistry}; {@code codepay.metrics.enabled=false} turns it off.
 */
@AutoConfiguration(
    after = CodePayClientsAutoConfiguration.class,
    afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnProperty(name = "codepay.metrics.enabled", matchIfMissing = true)
public class CodePayMetricsAutoConfiguration {
  @Bean
  static CallTimingPostProcessor codePayCallTimingPostProcessor(ObjectProvider<MeterRegistry> registry) {
    return new CallTimingPostProcessor(registry);
  }
}
