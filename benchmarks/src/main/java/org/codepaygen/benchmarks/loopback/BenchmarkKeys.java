package org.codepaygen.benchmarks.loopback;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * Fresh RSA-2048 key pairs for the merchant and the gateway. Generated per run rather than read from the shared
 * vectors, so the suite needs nothing beside the repository; the cost of RSA does not depend on which key it is.
 */
public record BenchmarkKeys(KeyPair merchant, KeyPair gateway) {
  public static final String MERCHANT_PRIVATE_PEM = "merchant-private.pem";
  public static final String GATEWAY_PUBLIC_PEM = "gateway-public.pem";

  public static BenchmarkKeys generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return new BenchmarkKeys(generator.generateKeyPair(), generator.generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK cannot generate RSA keys", e);
    }
  }

  /** Writes the two keys a client needs as PEM files (PKCS#8, SubjectPublicKeyInfo) for child processes. */
  public void writeClientPems(Path directory) throws IOException {
    Files.writeString(directory.resolve(MERCHANT_PRIVATE_PEM),
        pem("PRIVATE KEY", merchant.getPrivate().getEncoded()));
    Files.writeString(directory.resolve(GATEWAY_PUBLIC_PEM), pem("PUBLIC KEY", gateway.getPublic().getEncoded()));
  }

  private static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }
}
