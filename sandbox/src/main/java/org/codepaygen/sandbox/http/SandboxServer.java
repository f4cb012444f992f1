package org.codepaygen.sandbox.http;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.codepaygen.sandbox.gateway.Gateway;
import org.codepaygen.sandbox.gateway.GatewaySigner;
import org.codepaygen.sandbox.state.SerialNumbers;

/**
 * The JDK's HTTPS server on the loopback interface, TLS 1.2 and 1.3 only, serving the gateway's two paths. A fixed
 * pool with a bounded queue handles requests; when both are full the accepting thread runs the request itself,
 * which slows accepting instead of dropping connections.
 */
public final class SandboxServer implements AutoCloseable {
  private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};
  private static final int THREADS = 8;
  private static final int QUEUE = 256;

  private final HttpsServer server;
  private final ThreadPoolExecutor executor;

  private SandboxServer(HttpsServer server, ThreadPoolExecutor executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Binds {@code port} (0: any free port) on the loopback address and starts serving. */
  public static SandboxServer start(
      int port, SSLContext tls, Gateway gateway, GatewaySigner signer, SerialNumbers psns) throws IOException {
    // The JDK server writes an answer's headers and body as separate TLS records; with Nagle on, the body waits
    // for the client's delayed ACK (about 40 ms per request on Linux). Read once, when the first server is made;
    // an explicit setting wins.
    System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
    HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls) {
      @Override
      public void configure(HttpsParameters parameters) {
        SSLParameters ssl = tls.getDefaultSSLParameters();
        ssl.setProtocols(PROTOCOLS);
        parameters.setSSLParameters(ssl);
      }
    });
    Responder responder = new Responder(signer, psns);
    server.createContext(EntryEndpoint.PATH, new EntryEndpoint(responder, gateway));
    server.createContext(UploadEndpoint.PATH, new UploadEndpoint(responder, gateway));
    server.createContext("/", new UnknownPathEndpoint(responder));
    AtomicInteger threadNumber = new AtomicInteger();
    ThreadPoolExecutor executor = new ThreadPoolExecutor(
        THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
        runnable -> {
          Thread thread = new Thread(runnable, "codepay-sandbox-http-" + threadNumber.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        },
        new ThreadPoolExecutor.CallerRunsPolicy());
    server.setExecutor(executor);
    server.start();
    return new SandboxServer(server, executor);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
