package org.codepaygen.runtime.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;
import okhttp3.mockwebserver.MockWebServer;

/**
 * Server sockets whose connections send at once (TCP_NODELAY). MockWebServer writes an answer's headers and body
 * separately; with Nagle's algorithm on, the body waits for the client's delayed acknowledgement, about 40 ms per
 * call. Tests that make a thousand calls switch it off.
 */
final class NoDelayServerSockets extends ServerSocketFactory {
  static void use(MockWebServer server) {
    server.setServerSocketFactory(new NoDelayServerSockets());
  }

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new ServerSocket() {
      @Override
      public Socket accept() throws IOException {
        Socket socket = super.accept();
        socket.setTcpNoDelay(true);
        return socket;
      }
    };
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    return createServerSocket(port, 50, null);
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    return createServerSocket(port, backlog, null);
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
    ServerSocket socket = createServerSocket();
    socket.bind(new InetSocketAddress(address, port), backlog);
    return socket;
  }
}
