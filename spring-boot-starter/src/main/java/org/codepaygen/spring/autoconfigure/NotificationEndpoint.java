package org.codepaygen.spring.autoconfigure;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.codepaygen.runtime.notification.NotificationAnswer;
import org.codepaygen.runtime.notification.NotificationReceiver;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The {@code notify_url} in Spring MVC: the raw body goes to the {@link NotificationReceiver}, which reads at most
 * its size limit, verifies, de-duplicates and calls the listeners; its answer ({@code success}, or an error status
 * the gateway retries on) is sent back as plain text.
 */
final class NotificationEndpoint implements HandlerFunction<ServerResponse> {
  private static final MediaType PLAIN_TEXT = MediaType.parseMediaType(NotificationAnswer.CONTENT_TYPE);

  private final NotificationReceiver receiver;

  NotificationEndpoint(NotificationReceiver receiver) {
    this.receiver = receiver;
  }

  @Override
  public ServerResponse handle(ServerRequest request) throws IOException {
    HttpServletRequest servlet = request.servletRequest();
    NotificationAnswer answer =
        receiver.receive(servlet.getInputStream(), servlet.getContentLengthLong(), servlet.getContentType());
    return ServerResponse.status(answer.status()).contentType(PLAIN_TEXT).body(answer.body());
  }
}
