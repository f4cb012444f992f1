package org.codepaygen.spring.autoconfigure;

import java.util.List;
import org.codepaygen.runtime.notification.InMemoryNotificationStore;
import org.codepaygen.runtime.notification.NotificationListener;
import org.codepaygen.runtime.notification.NotificationReceiver;
import org.codepaygen.runtime.notification.NotificationStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * With {@code codepay.notifications.path} set in a servlet web application: a POST endpoint at that path that
 * verifies the gateway's notifications and hands each one, once, to the application's {@link NotificationListener}
 * beans. Duplicates are remembered in the {@link NotificationStore} bean, in memory unless the application defines
 * one (a {@code JdbcNotificationStore} when several servers share the notify_url). An application's own
 * {@link NotificationReceiver} bean replaces the auto-configured one.
 */
@AutoConfiguration(after = CodePayAutoConfiguration.class)
@ConditionalOnClass({NotificationReceiver.class, RouterFunction.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty("codepay.notifications.path")
public class CodePayNotificationsAutoConfiguration {
  private static final String PATH = "codepay.notifications.path";

  @Bean
  @ConditionalOnMissingBean
  NotificationStore codePayNotificationStore() {
    return new InMemoryNotificationStore();
  }

  @Bean
  @ConditionalOnMissingBean
  NotificationReceiver codePayNotificationReceiver(
      CodePayProperties properties,
      ResourceLoader resourceLoader,
      NotificationStore store,
      ObjectProvider<NotificationListener> listeners) {
    List<NotificationListener> all = listeners.orderedStream().toList();
    if (all.isEmpty()) {
      throw new CodePayPropertyException(PATH,
          "is set, but the application has no NotificationListener bean to hand notifications to", null);
    }
    return NotificationReceiver.builder(
            new CodePayClientFactory(properties, resourceLoader).gatewayPublicKey(), new NotificationListeners(all))
        .store(store)
        .build();
  }

  @Bean
  RouterFunction<ServerResponse> codePayNotificationRoute(CodePayProperties properties, NotificationReceiver receiver) {
    String path = properties.getNotifications().getPath();
    if (!path.startsWith("/")) {
      throw new CodePayPropertyException(PATH, "must start with /, such as /codepay/notifications", null);
    }
    return RouterFunctions.route().POST(path, new NotificationEndpoint(receiver)).build();
  }
}
