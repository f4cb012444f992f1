package org.codepaygen.spring.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLSocket;
import org.codepaygen.sandbox.tls.SelfSignedTls;

/**
 * A loopback server that never answers. {@link #mute()} completes the TLS handshake and then stays silent, so a
 * client waits for the answer (read timeout). {@link #unreachable()} never accepts and has its backlog filled, so
 * the kernel drops further connection attempts and a client waits to connect (connect timeout).
 */
final class SilentServer implements AutoCloseable {
  private static final int MAX_FILLERS = 16;

  private final SelfSignedTls tls;
  private final ServerSocket server;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  private SilentServer(SelfSignedTls tls, ServerSocket server) {
    this.tls = tls;
    this.server = server;
  }

  static SilentServer mute() throws IOException {
    SelfSignedTls tls = SelfSignedTls.generate();
    SilentServer silent = new SilentServer(tls,
        tls.serverContext().getServerSocketFactory().createServerSocket(0, 8, InetAddress.getLoopbackAddress()));
    Thread acceptor = new Thread(silent::handshakeAndHold, "silent-server");
    acceptor.setDaemon(true);
    acceptor.start();
    return silent;
  }

  static SilentServer unreachable() throws IOException {
    SilentServer silent = new SilentServer(
        SelfSignedTls.generate(), new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
    for (int i = 0; i < MAX_FILLERS; i++) {
      Socket filler = new Socket();
      silent.sockets.add(filler);
      try {
        filler.connect(silent.server.getLocalSocketAddress(), 500);
      } catch (SocketTimeoutException full) {
        return silent;
      }
    }
    silent.close();
    throw new IllegalStateException("The loopback backlog never filled; cannot make an unreachable port");
  }

  private void handshakeAndHold() {
    while (!server.isClosed()) {
      try {
        Socket accepted = server.accept();
        sockets.add(accepted);
        ((SSLSocket) accepted).startHandshake();
      } catch (IOException e) {
        // closed, or a client gave up during the handshake
      }
    }
  }

  String baseUrl() {
    return "https://localhost:" + server.getLocalPort() + "/";
  }

  String certificatePem() {
    return tls.certificatePem();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }
}
