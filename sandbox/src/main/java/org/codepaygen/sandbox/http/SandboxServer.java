package org.codepaygen.sandbox.http;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.codepaygen.sandbox.gateway.CustomerUrls;
import org.codepaygen.sandbox.gateway.Gateway;
import org.codepaygen.sandbox.gateway.GatewaySigner;
import org.codepaygen.sandbox.pages.CustomerPages;
import org.codepaygen.sandbox.state.SerialNumbers;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * Jetty on the loopback interface, TLS 1.2 and 1.3 only, serving the gateway's paths within {@link ServingLimits}.
 * Jetty waits for slow and silent clients without a thread each, so no number of them can hold up another client
 * (the JDK's HttpsServer did the TLS handshake and the blocking read of every connection on a pool thread). Request
 * headers are limited to {@value #MAX_HEADER_BYTES} bytes; bodies per endpoint.
 */
public final class SandboxServer implements AutoCloseable {
  static final int MAX_HEADER_BYTES = 8 << 10;
  private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};
  /** Threads run the gateway (RSA, mostly) and TLS; waiting clients need none. */
  private static final int MAX_THREADS = 32;
  private static final int MIN_THREADS = 4;

  private final Server server;
  private final ServerConnector connector;
  private final RequestDeadlines deadlines;

  private SandboxServer(Server server, ServerConnector connector, RequestDeadlines deadlines) {
    this.server = server;
    this.connector = connector;
    this.deadlines = deadlines;
  }

  /**
   * Binds {@code port} (0: any free port) on the loopback address, binds {@code urls} to it, and starts serving the
   * gateway's paths and the customer pages.
   */
  public static SandboxServer start(int port, SSLContext tls, ServingLimits limits, Gateway gateway,
      GatewaySigner signer, SerialNumbers psns, RequestLog requests, CustomerUrls urls,
      CustomerPages pages) throws IOException {
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
    threads.setName("codepay-sandbox-http");
    threads.setDaemon(true);
    Server server = new Server(threads, new ScheduledExecutorScheduler("codepay-sandbox-timer", true), null);

    SslContextFactory.Server tlsFactory = new SslContextFactory.Server();
    tlsFactory.setSslContext(tls);
    tlsFactory.setIncludeProtocols(PROTOCOLS);
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(MAX_HEADER_BYTES);
    http.setSendServerVersion(false);
    // The body of a small request comes with its headers: one dispatch reads both, instead of a second wake-up.
    http.setDelayDispatchUntilContent(true);
    ServerConnector connector = new ServerConnector(server, 1, 1,
        new SslConnectionFactory(tlsFactory, HttpVersion.HTTP_1_1.asString()), new HttpConnectionFactory(http));
    connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
    connector.setPort(port);
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    // Jetty sets TCP_NODELAY on accepted connections by default: an answer is never held for a delayed ACK.
    RefusalLog refusals = new RefusalLog();
    RequestDeadlines deadlines = new RequestDeadlines(limits.requestTimeout(), refusals);
    connector.addBean(deadlines);
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));

    // The port is bound before the handlers exist, so that no answer can name a customer page on an unknown port.
    try {
      connector.open();
    } catch (IOException | RuntimeException e) {
      stop(server);
      throw e;
    }
    urls.bind("https://localhost:" + connector.getLocalPort());
    Responder responder = new Responder(signer, psns);
    server.setHandler(new Router(List.of(
        new EntryEndpoint(responder, gateway),
        new UploadEndpoint(responder, gateway),
        new CustomerEndpoint(pages, urls)), responder, deadlines, refusals, requests));
    server.setErrorHandler(new SignedErrors(responder, refusals));
    try {
      server.start();
    } catch (Exception e) {
      stop(server);
      throw e instanceof IOException io ? io : new IOException("The sandbox's server did not start", e);
    }
    deadlines.start(server.getScheduler());
    return new SandboxServer(server, connector, deadlines);
  }

  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() {
    deadlines.stop();
    stop(server);
  }

  private static void stop(Server server) {
    // Jetty's stop waits for its threads and gives up at once on an interrupted caller (a Ctrl-C'd command, a
    // cancelled test): stop with the flag cleared, then hand the interrupt back.
    boolean interrupted = Thread.interrupted();
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("The sandbox's server did not stop", e);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
