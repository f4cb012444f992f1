package org.codepaygen.example.modular;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.error.ValidationException;
import org.codepaygen.runtime.keys.CodePayKeys;

/**
 * Pushes one sale through the generated client and prints where each piece came from.
 *
 * <p>Arguments: base URL, app id, merchant number, merchant private key file, gateway public key file, TLS
 * certificate file to trust.
 */
public final class Till implements AutoCloseable {
  private final CodePayClient client;

  Till(CodePayClient client) {
    this.client = client;
  }

  /** Runs the application. */
  public static void main(String[] args) throws IOException {
    CodePayClient client = CodePayClient.builder()
        .baseUrl(args[0])
        .appId(args[1])
        .merchantNo(args[2])
        .merchantPrivateKey(CodePayKeys.privateKey(Path.of(args[3])))
        .gatewayPublicKey(CodePayKeys.publicKey(Path.of(args[4])))
        .trustCertificatePem(Files.readString(Path.of(args[5]), StandardCharsets.UTF_8))
        .build();
    try (Till till = new Till(client)) {
      System.out.println("application module: " + Till.class.getModule().getName());
      System.out.println("runtime module: " + CodePayClient.class.getModule().getName());
      System.out.println("pushed: trans_no " + till.sell("MOD-1", "34.50").transNo());
      try {
        till.sell("MOD-2 \uD83E\uDD50", "1.00");
      } catch (ValidationException e) {
        System.out.println("refused before sending: " + e.getMessage());
      }
    }
  }

  Pushed sell(String orderNo, String amount) {
    PushOrder order = ImmutablePushOrder.builder()
        .terminalSn("WPYC002251000042")
        .messageReceivingApplication("CodePay Register")
        .payScenario("SWIPE_CARD")
        .merchantOrderNo(orderNo)
        .priceCurrency("USD")
        .orderAmount(new BigDecimal(amount))
        .transType("1")
        .build();
    return client.create(Terminal.class).push(order);
  }

  @Override
  public void close() {
    client.close();
  }
}
