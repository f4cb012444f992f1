package org.codepaygen.spring.sample;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.codepaygen.sandbox.CodePaySandbox;

/**
 * The CodePay sandbox the shop pays against, started in this JVM on a free loopback port with a merchant key made
 * for this run. A real shop has no such class: it sets the {@code codepay.*} properties to CodePay's gateway and its
 * own keys.
 */
public final class LocalSandbox implements AutoCloseable {
  private final CodePaySandbox gateway;
  private final KeyPair merchantKeys;

  private LocalSandbox(CodePaySandbox gateway, KeyPair merchantKeys) {
    this.gateway = gateway;
    this.merchantKeys = merchantKeys;
  }

  /** Starts a sandbox that accepts requests signed with a new RSA-2048 merchant key. */
  public static LocalSandbox start() {
    KeyPair merchantKeys;
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      merchantKeys = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("No RSA key generator in this JVM", e);
    }
    return new LocalSandbox(
        CodePaySandbox.builder().merchantPublicKey(merchantKeys.getPublic()).port(0).start(), merchantKeys);
  }

  /** The running sandbox, for its notifications and certificate. */
  public CodePaySandbox gateway() {
    return gateway;
  }

  /**
   * The {@code codepay.*} properties that reach this sandbox, as an environment would give them: the merchant key as
   * Base64 text, the gateway key as PEM text, and exactly the sandbox's certificate to trust.
   */
  public Map<String, Object> codepayProperties() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("codepay.base-url", gateway.baseUrl());
    properties.put("codepay.app-id", gateway.appId());
    properties.put("codepay.merchant-no", gateway.merchantNo());
    properties.put("codepay.merchant-private-key",
        Base64.getEncoder().encodeToString(merchantKeys.getPrivate().getEncoded()));
    properties.put("codepay.gateway-public-key", gateway.gatewayPublicKeyPem());
    properties.put("codepay.trusted-certificates[0]", gateway.certificatePem());
    return properties;
  }

  @Override
  public void close() {
    gateway.close();
  }
}
