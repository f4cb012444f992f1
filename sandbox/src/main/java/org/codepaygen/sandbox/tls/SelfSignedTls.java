package org.codepaygen.sandbox.tls;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A fresh self-signed server certificate for {@code localhost} and {@code 127.0.0.1}, made with Bouncy Castle at
 * start, and the server-side {@link SSLContext} that presents it. Clients trust exactly this certificate (see
 * {@link #certificatePem()}); nothing here trusts anything.
 */
public final class SelfSignedTls {
  /** Real time, not the sandbox clock: TLS clients check validity against their own clocks. */
  private static final Duration BACKDATE = Duration.ofDays(1);
  private static final Duration VALIDITY = Duration.ofDays(365);
  private static final char[] IN_MEMORY_PASSWORD = "in-memory".toCharArray();

  private final X509Certificate certificate;
  private final SSLContext serverContext;

  private SelfSignedTls(X509Certificate certificate, SSLContext serverContext) {
    this.certificate = certificate;
    this.serverContext = serverContext;
  }

  /** Generates an RSA-2048 key and a certificate for localhost and 127.0.0.1. */
  public static SelfSignedTls generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair keys = generator.generateKeyPair();
      X509Certificate certificate = selfSign(keys);
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("sandbox", keys.getPrivate(), IN_MEMORY_PASSWORD, new X509Certificate[] {certificate});
      KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keyManagers.init(store, IN_MEMORY_PASSWORD);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers.getKeyManagers(), null, null);
      return new SelfSignedTls(certificate, context);
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException("Cannot make the sandbox's TLS certificate", e);
    }
  }

  private static X509Certificate selfSign(KeyPair keys)
      throws CertIOException, OperatorCreationException, GeneralSecurityException {
    X500Name name = new X500Name("CN=localhost, O=CodePay sandbox");
    Instant now = Instant.now();
    JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
        name, new BigInteger(64, new SecureRandom()), Date.from(now.minus(BACKDATE)),
        Date.from(now.plus(VALIDITY)), name, keys.getPublic());
    builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
        new GeneralName(GeneralName.dNSName, "localhost"),
        new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    return new JcaX509CertificateConverter().getCertificate(
        builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** The certificate as PEM, to give to clients as their only trusted certificate. */
  public String certificatePem() {
    return Pem.of(certificate);
  }

  /** The server side context; it holds the private key, so it stays inside the sandbox. */
  public SSLContext serverContext() {
    return serverContext;
  }
}
