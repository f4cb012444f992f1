package org.codepaygen.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.codepaygen.runtime.notification.InMemoryNotificationStore;
import org.codepaygen.runtime.notification.NotificationListener;
import org.codepaygen.runtime.notification.NotificationReceiver;
import org.codepaygen.runtime.notification.NotificationStore;
import org.codepaygen.spring.shop.SandboxExtension;
import org.codepaygen.spring.shop.ShopSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;

/** When the notification endpoint exists, and which of its parts an application can replace. */
class CodePayNotificationsAutoConfigurationTest {
  @RegisterExtension static final SandboxExtension SANDBOX = new SandboxExtension();

  private WebApplicationContextRunner web() {
    return new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(
            CodePayAutoConfiguration.class, CodePayNotificationsAutoConfiguration.class))
        .withPropertyValues(SANDBOX.propertyValues());
  }

  @Test
  void withThePathAndAListenerTheEndpointIsThere() {
    web().withUserConfiguration(Listener.class).withPropertyValues("codepay.notifications.path=/notify")
        .run(context -> assertThat(context)
            .hasSingleBean(RouterFunction.class)
            .hasSingleBean(NotificationReceiver.class)
            .getBean(NotificationStore.class).isInstanceOf(InMemoryNotificationStore.class));
  }

  @Test
  void withoutThePathThereIsNoEndpoint() {
    web().withUserConfiguration(Listener.class).run(context -> assertThat(context)
        .hasNotFailed().doesNotHaveBean(RouterFunction.class).doesNotHaveBean(NotificationReceiver.class));
  }

  @Test
  void outsideAWebApplicationThereIsNoEndpoint() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CodePayNotificationsAutoConfiguration.class))
        .withUserConfiguration(Listener.class)
        .withPropertyValues("codepay.notifications.path=/notify")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(NotificationReceiver.class));
  }

  @Test
  void withoutSpringMvcThereIsNoEndpoint() {
    web().withUserConfiguration(Listener.class).withPropertyValues("codepay.notifications.path=/notify")
        .withClassLoader(new FilteredClassLoader(RouterFunction.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(NotificationReceiver.class));
  }

  @Test
  void thePathWithoutAListenerFailsStartUpNamingIt() {
    web().withPropertyValues("codepay.notifications.path=/notify").run(context ->
        assertThat(StartupFailures.analysisOf(context).getDescription())
            .contains("codepay.notifications.path", "no NotificationListener bean"));
  }

  @Test
  void aPathWithoutItsSlashFailsStartUp() {
    web().withUserConfiguration(Listener.class).withPropertyValues("codepay.notifications.path=notify")
        .run(context -> assertThat(StartupFailures.analysisOf(context).getDescription())
            .contains("codepay.notifications.path", "must start with /"));
  }

  @Test
  void anApplicationsOwnStoreIsUsed() {
    web().withUserConfiguration(Listener.class, OwnStore.class)
        .withPropertyValues("codepay.notifications.path=/notify")
        .run(context -> assertThat(context.getBean(NotificationStore.class)).isSameAs(OwnStore.STORE));
  }

  @Configuration(proxyBeanMethods = false)
  static class Listener {
    @Bean
    NotificationListener listener() {
      return notification -> {};
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnStore {
    static final NotificationStore STORE = new InMemoryNotificationStore();

    @Bean
    NotificationStore ownStore() {
      return STORE;
    }
  }
}
