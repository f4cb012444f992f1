package org.codepaygen.runtime.http;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.internal.tls.OkHostnameVerifier;

/**
 * The client's TLS trust: the JDK's trusted roots, plus certificates the user explicitly chose to trust (such as
 * the sandbox's self-signed one). Certificate chains and host names are always checked; nothing here can be turned
 * into trust-all.
 */
final class TlsSettings {
  final SSLSocketFactory socketFactory;
  final X509TrustManager trustManager;

  private TlsSettings(SSLSocketFactory socketFactory, X509TrustManager trustManager) {
    this.socketFactory = socketFactory;
    this.trustManager = trustManager;
  }

  /**
   * Trusts the JDK's roots and every certificate in {@code extraCertificatesPem}. The same certificates give the same
   * instance: OkHttp shares a pooled connection only between clients with the same socket factory, and loading the
   * JDK's roots is not free. One instance is kept per distinct list for the life of the process.
   */
  static TlsSettings trusting(List<String> extraCertificatesPem) {
    return BY_TRUST.computeIfAbsent(List.copyOf(extraCertificatesPem), TlsSettings::create);
  }

  private static final Map<List<String>, TlsSettings> BY_TRUST = new ConcurrentHashMap<>();

  private static TlsSettings create(List<String> extraCertificatesPem) {
    try {
      X509TrustManager trustManager = extraCertificatesPem.isEmpty()
          ? trustManager(null)
          : trustManager(keyStoreWith(extraCertificatesPem));
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trustManager}, null);
      return new TlsSettings(context.getSocketFactory(), trustManager);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Cannot set up TLS: " + e.getMessage(), e);
    }
  }

  /**
   * OkHttp's host name check, behind a guard that refuses non-ASCII host names and certificate names, which
   * OkHttp 3.14 can match wrongly (CVE-2021-0341).
   */
  static final HostnameVerifier HOSTNAME_VERIFIER =
      (hostname, session) -> {
        if (!isAscii(hostname)) {
          return false;
        }
        try {
          for (Certificate certificate : session.getPeerCertificates()) {
            if (certificate instanceof X509Certificate x509 && !namesAreAscii(x509)) {
              return false;
            }
          }
        } catch (SSLPeerUnverifiedException | java.security.cert.CertificateParsingException e) {
          return false;
        }
        return OkHostnameVerifier.INSTANCE.verify(hostname, session);
      };

  private static boolean namesAreAscii(X509Certificate certificate)
      throws java.security.cert.CertificateParsingException {
    Collection<List<?>> names = certificate.getSubjectAlternativeNames();
    if (names == null) {
      return true;
    }
    for (List<?> name : names) {
      if (name.size() > 1 && name.get(1) instanceof String text && !isAscii(text)) {
        return false;
      }
    }
    return true;
  }

  static boolean isAscii(String text) {
    return text.chars().allMatch(c -> c < 0x80);
  }

  private static KeyStore keyStoreWith(List<String> pems) throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    try {
      store.load(null, null);
    } catch (java.io.IOException e) {
      throw new GeneralSecurityException(e);
    }
    int index = 0;
    for (X509Certificate root : trustManager(null).getAcceptedIssuers()) {
      store.setCertificateEntry("jdk-" + index++, root);
    }
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    for (String pem : pems) {
      Collection<? extends Certificate> certificates =
          factory.generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
      if (certificates.isEmpty()) {
        throw new GeneralSecurityException("a certificate to trust holds no certificate");
      }
      for (Certificate certificate : certificates) {
        store.setCertificateEntry("extra-" + index++, certificate);
      }
    }
    return store;
  }

  private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new GeneralSecurityException("the JDK offers no X509TrustManager");
  }
}
