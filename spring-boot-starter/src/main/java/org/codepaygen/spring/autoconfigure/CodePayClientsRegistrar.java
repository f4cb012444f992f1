package org.codepaygen.spring.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.codepaygen.annotations.CodePayApi;
import org.codepaygen.runtime.CodePayClient;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Registers a bean for every {@link CodePayApi} interface in the application's packages (those of its
 * {@code @SpringBootApplication}) and in the shipped API module's package: the generated client, made by the
 * {@link CodePayClient} bean on first use. It runs once every configuration class was read, so an interface that
 * already has a bean, the application's own, is left alone.
 */
final class CodePayClientsRegistrar
    implements BeanDefinitionRegistryPostProcessor, EnvironmentAware, ResourceLoaderAware {
  /** The package of the CodePay API interfaces shipped with the toolkit, scanned when they are on the class path. */
  static final String SHIPPED_API_PACKAGE = "org.codepaygen.api";

  private Environment environment;
  private ResourceLoader resourceLoader;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void setResourceLoader(ResourceLoader resourceLoader) {
    this.resourceLoader = resourceLoader;
  }

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    ListableBeanFactory beans = (ListableBeanFactory) registry;
    ClassLoader classLoader = resourceLoader.getClassLoader();
    for (String name : apiInterfaces(packages((BeanFactory) registry))) {
      Class<?> api = ClassUtils.resolveClassName(name, classLoader);
      if (beans.getBeanNamesForType(api, true, false).length == 0) {
        registry.registerBeanDefinition(name, clientDefinition(api, (BeanFactory) registry));
      }
    }
  }

  private static <T> RootBeanDefinition clientDefinition(Class<T> api, BeanFactory beanFactory) {
    RootBeanDefinition definition =
        new RootBeanDefinition(api, () -> beanFactory.getBean(CodePayClient.class).create(api));
    definition.setLazyInit(true);
    return definition;
  }

  private static List<String> packages(BeanFactory beanFactory) {
    List<String> packages = new ArrayList<>();
    if (AutoConfigurationPackages.has(beanFactory)) {
      packages.addAll(AutoConfigurationPackages.get(beanFactory));
    }
    packages.add(SHIPPED_API_PACKAGE);
    return packages;
  }

  private Set<String> apiInterfaces(List<String> packages) {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false, environment) {
          @Override
          protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
            return definition.getMetadata().isInterface() && definition.getMetadata().isIndependent();
          }
        };
    scanner.setResourceLoader(resourceLoader);
    scanner.addIncludeFilter(new AnnotationTypeFilter(CodePayApi.class, false, true));
    Set<String> names = new LinkedHashSet<>();
    for (String basePackage : packages) {
      for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
        names.add(candidate.getBeanClassName());
      }
    }
    return names;
  }
}
