package org.codepaygen.spring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * A web shop that sells one product through CodePay's hosted checkout ({@code pay.checkout}) and learns that it was
 * paid from the gateway's notification. {@link #main} runs it against a {@link LocalSandbox}.
 */
@SpringBootApplication
public class WebShopApplication {
  /** Starts the sandbox, then the shop configured to pay against it; stopping the shop stops the sandbox. */
  public static void main(String[] args) {
    LocalSandbox sandbox = LocalSandbox.start();
    SpringApplication application = new SpringApplication(WebShopApplication.class);
    // Defaults only: codepay.* given on the command line or in the environment still win.
    application.setDefaultProperties(sandbox.codepayProperties());
    application.addListeners((ApplicationListener<ContextClosedEvent>) event -> sandbox.close());
    ConfigurableApplicationContext context;
    try {
      context = application.run(args);
    } catch (RuntimeException e) {
      sandbox.close();
      throw e;
    }
    System.out.println("Web shop at http://localhost:" + context.getEnvironment().getProperty("local.server.port")
        + "/ paying against the CodePay sandbox at " + sandbox.gateway().baseUrl()
        + " (its self-signed certificate: your browser asks before showing the payment page). Ctrl-C stops both.");
  }
}
