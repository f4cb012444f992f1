package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/** The sandbox stops cleanly, even when the thread that closes it was interrupted (Ctrl-C in the cli). */
class LifecycleTest {
  @Test
  void closesFromAnInterruptedThreadAndKeepsTheInterrupt() {
    CodePaySandbox sandbox = CodePaySandbox.builder().merchantPublicKey(TestKeys.merchantPublicKey()).start();
    int port = sandbox.port();
    Thread.currentThread().interrupt();
    try {
      sandbox.close();

      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
        .isInstanceOf(IOException.class);
  }
}
