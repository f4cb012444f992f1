package org.codepaygen.spring.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.codepaygen.annotations.CodePayApi;
import org.codepaygen.annotations.GeneratedNames;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps every generated client bean, the auto-configured ones and any the application made with
 * {@code CodePayClient.create}, in a proxy of its API interface that times its calls. Other beans, including an
 * application's own implementation of an API interface, are left as they are.
 */
final class CallTimingPostProcessor implements BeanPostProcessor {
  private final ObjectProvider<MeterRegistry> registry;

  CallTimingPostProcessor(ObjectProvider<MeterRegistry> registry) {
    this.registry = registry;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    Class<?> api = generatedApi(bean.getClass());
    if (api == null) {
      return bean;
    }
    MeterRegistry meters = registry.getIfUnique();
    if (meters == null) {
      return bean;
    }
    ProxyFactory proxy = new ProxyFactory(bean);
    proxy.setInterfaces(api);
    proxy.addAdvice(new CallTimingInterceptor(meters));
    return proxy.getProxy(api.getClassLoader());
  }

  /** The API interface {@code type} was generated for, or {@code null} when it is not a generated client. */
  private static Class<?> generatedApi(Class<?> type) {
    for (Class<?> candidate : type.getInterfaces()) {
      if (candidate.isAnnotationPresent(CodePayApi.class)
          && GeneratedNames.apiImplementation(candidate.getName()).equals(type.getName())) {
        return candidate;
      }
    }
    return null;
  }
}
