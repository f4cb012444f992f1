package org.codepaygen.runtime.signing;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Signature;
import java.util.Objects;

/**
 * Where SHA256withRSA runs. PKCS#1 v1.5 signatures are deterministic, so every engine produces the same bytes; they
 * differ only in speed. On JDK 17 the JDK's own RSA signs at about half the speed of OpenSSL; a native provider
 * (Amazon Corretto Crypto Provider or Conscrypt) signs at OpenSSL's speed, but only with keys of its own type,
 * which is why an engine converts each key once, when a signer or verifier is built, never per call.
 *
 * <p>Signers and verifiers use {@link #jca()} unless told otherwise. To opt into native speed, add
 * {@code software.amazon.cryptools:AmazonCorrettoCryptoProvider} (classifier {@code linux-x86_64}) or
 * {@code org.conscrypt:conscrypt-openjdk-uber} to the application and pass {@link #preferred()} (for example to
 * {@code CodePayClient.Builder.rsaEngine}); where neither is present, or its native library cannot load on this
 * platform, that is the JCA. Looking on the class path is not the default because a miss opens every jar on it,
 * which a fresh JVM's first call would pay (benchmarks/README.md, figure 4).
 */
public final class RsaEngine {
  static final String ALGORITHM = "SHA256withRSA";

  private static final RsaEngine JCA = new RsaEngine(null);

  private final Provider provider;

  private RsaEngine(Provider provider) {
    this.provider = provider;
  }

  /**
   * Whatever the JCA picks for {@code SHA256withRSA}: the JDK's SunRsaSign, unless the application installed
   * another provider ahead of it with {@link java.security.Security#insertProviderAt}. Keys are used as given.
   */
  public static RsaEngine jca() {
    return JCA;
  }

  /**
   * Always {@code provider}, which must offer {@code SHA256withRSA} signatures and an {@code RSA} key factory.
   *
   * @throws IllegalArgumentException when it offers either not
   */
  public static RsaEngine of(Provider provider) {
    Objects.requireNonNull(provider, "provider");
    if (provider.getService("Signature", ALGORITHM) == null || provider.getService("KeyFactory", "RSA") == null) {
      throw new IllegalArgumentException(
          "The provider " + provider.getName() + " offers no " + ALGORITHM + " signature or RSA key factory");
    }
    return new RsaEngine(provider);
  }

  /**
   * The first native provider on the class path whose library loads (Amazon Corretto Crypto Provider, then
   * Conscrypt), else {@link #jca()}. Looked for once per class loader; the provider is not installed in the JCA.
   */
  public static RsaEngine preferred() {
    return Preferred.ENGINE;
  }

  /** The provider's name, or {@code "JCA"} for {@link #jca()}. */
  public String name() {
    return provider == null ? "JCA" : provider.getName();
  }

  /**
   * {@code key} bound to this engine, converted to the provider's own key type, which its native code uses without
   * converting it per call. A key the provider cannot convert (one held on a token, say) is bound to {@link #jca()}
   * as given, which finds a provider that can use it.
   */
  <K extends Key> Bound<K> bind(K key) {
    Objects.requireNonNull(key, "key");
    if (provider != null) {
      try {
        @SuppressWarnings("unchecked")
        K converted = (K) KeyFactory.getInstance("RSA", provider).translateKey(key);
        return new Bound<>(this, converted);
      } catch (GeneralSecurityException notForThisProvider) {
        // fall through to the JCA
      }
    }
    return new Bound<>(JCA, key);
  }

  private Signature newSignature() throws NoSuchAlgorithmException {
    return provider == null ? Signature.getInstance(ALGORITHM) : Signature.getInstance(ALGORITHM, provider);
  }

  @Override
  public String toString() {
    return "RsaEngine[" + name() + "]";
  }

  /** A key and the engine that uses it. Not a record, whose {@code toString} would print the key. */
  static final class Bound<K extends Key> {
    private final RsaEngine engine;
    private final K key;

    private Bound(RsaEngine engine, K key) {
      this.engine = engine;
      this.key = key;
    }

    RsaEngine engine() {
      return engine;
    }

    K key() {
      return key;
    }

    /** A new {@code SHA256withRSA} signature, one per call: they are not thread-safe. */
    Signature newSignature() throws NoSuchAlgorithmException {
      return engine.newSignature();
    }
  }

  /** Holds the class-path choice, made on first use so that applications without a native provider pay nothing. */
  private static final class Preferred {
    static final RsaEngine ENGINE = find();

    /** The faster first (benchmarks/README.md, figure 2). */
    private static RsaEngine find() {
      Provider provider = corretto();
      if (provider == null) {
        provider = conscrypt();
      }
      if (provider == null
          || provider.getService("Signature", ALGORITHM) == null
          || provider.getService("KeyFactory", "RSA") == null) {
        return JCA;
      }
      return new RsaEngine(provider);
    }

    /** Null when absent, or when its native library cannot load on this platform (it then says why). */
    private static Provider corretto() {
      try {
        Class<?> type = Class.forName("com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider");
        Provider provider = (Provider) type.getField("INSTANCE").get(null);
        return type.getMethod("getLoadingError").invoke(provider) == null ? provider : null;
      } catch (ReflectiveOperationException | LinkageError | RuntimeException absentOrBroken) {
        return null;
      }
    }

    /** Null when absent, or when its native library cannot load on this platform. */
    private static Provider conscrypt() {
      try {
        Class<?> type = Class.forName("org.conscrypt.Conscrypt");
        return (Boolean) type.getMethod("isAvailable").invoke(null)
            ? (Provider) type.getMethod("newProvider").invoke(null)
            : null;
      } catch (ReflectiveOperationException | LinkageError | RuntimeException absentOrBroken) {
        return null;
      }
    }
  }
}
