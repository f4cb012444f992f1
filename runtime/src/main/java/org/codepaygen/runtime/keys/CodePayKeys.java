package org.codepaygen.runtime.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.codepaygen.runtime.error.KeyFormatException;

/**
 * Loads the two keys a CodePay client needs: the merchant's RSA private key, which signs requests, and the gateway's
 * RSA public key, which verifies answers. Parse keys once, when the client is built, and share them.
 *
 * <p>Private keys: PKCS#8 PEM ({@code BEGIN PRIVATE KEY}), PKCS#1 PEM ({@code BEGIN RSA PRIVATE KEY}), encrypted
 * PKCS#8 or legacy encrypted PKCS#1 PEM with a passphrase, or the bare single-line Base64 of a PKCS#8 or PKCS#1 DER.
 * Public keys: X.509 SubjectPublicKeyInfo PEM, its bare Base64, or an X.509 certificate (PEM or Base64). Keys must be
 * RSA of at least {@value #MIN_RSA_BITS} bits. Parsing is Bouncy Castle's; the keys are ordinary JCA keys.
 */
public final class CodePayKeys {
  /** CodePay requires RSA-2048 or larger. */
  public static final int MIN_RSA_BITS = 2048;

  private static final String PRIVATE_ROLE = "the merchant private key";
  private static final String PUBLIC_ROLE = "the gateway public key";

  private CodePayKeys() {}

  /** Reads an unencrypted merchant private key from its PEM or Base64 text. */
  public static PrivateKey privateKey(String text) {
    return privateKey(text, null);
  }

  /**
   * Reads a merchant private key from its PEM or Base64 text.
   *
   * @param passphrase the passphrase of an encrypted PEM, or {@code null} for an unencrypted key
   */
  public static PrivateKey privateKey(String text, char[] passphrase) {
    Object parsed = text.contains("-----BEGIN") ? readPem(text, PRIVATE_ROLE) : readPrivateDer(text);
    PrivateKeyInfo info = privateKeyInfo(parsed, passphrase);
    requireRsaAlgorithm(info.getPrivateKeyAlgorithm(), PRIVATE_ROLE);
    try {
      return requireRsa(new JcaPEMKeyConverter().getPrivateKey(info), PRIVATE_ROLE);
    } catch (IOException e) {
      throw new KeyFormatException("Cannot read " + PRIVATE_ROLE + ": its key data is damaged", e);
    }
  }

  /** Reads an unencrypted merchant private key from a file. */
  public static PrivateKey privateKey(Path file) {
    return privateKey(file, null);
  }

  /** Reads a merchant private key from a file, decrypting it with {@code passphrase} when it is encrypted. */
  public static PrivateKey privateKey(Path file, char[] passphrase) {
    return privateKey(readFile(file, PRIVATE_ROLE), passphrase);
  }

  /** Reads an unencrypted merchant private key from a stream, which is read to its end but not closed. */
  public static PrivateKey privateKey(InputStream in) {
    return privateKey(in, null);
  }

  /** Reads a merchant private key from a stream, which is read to its end but not closed. */
  public static PrivateKey privateKey(InputStream in, char[] passphrase) {
    return privateKey(readStream(in, PRIVATE_ROLE), passphrase);
  }

  /** Reads the gateway public key from SubjectPublicKeyInfo or certificate text, PEM or bare Base64. */
  public static PublicKey publicKey(String text) {
    Object parsed = text.contains("-----BEGIN") ? readPem(text, PUBLIC_ROLE) : readPublicDer(text);
    SubjectPublicKeyInfo info;
    if (parsed instanceof SubjectPublicKeyInfo spki) {
      info = spki;
    } else if (parsed instanceof X509CertificateHolder certificate) {
      info = certificate.getSubjectPublicKeyInfo();
    } else if (parsed instanceof PEMKeyPair
        || parsed instanceof PrivateKeyInfo
        || parsed instanceof PKCS8EncryptedPrivateKeyInfo
        || parsed instanceof PEMEncryptedKeyPair) {
      throw new KeyFormatException(
          "Cannot use this as " + PUBLIC_ROLE + ": found a private key where a public key is expected", null);
    } else {
      throw unexpected(parsed, PUBLIC_ROLE);
    }
    requireRsaAlgorithm(info.getAlgorithm(), PUBLIC_ROLE);
    try {
      return requireRsa(new JcaPEMKeyConverter().getPublicKey(info), PUBLIC_ROLE);
    } catch (IOException e) {
      throw new KeyFormatException("Cannot read " + PUBLIC_ROLE + ": its key data is damaged", e);
    }
  }

  /** Reads the gateway public key from a file. */
  public static PublicKey publicKey(Path file) {
    return publicKey(readFile(file, PUBLIC_ROLE));
  }

  /** Reads the gateway public key from a stream, which is read to its end but not closed. */
  public static PublicKey publicKey(InputStream in) {
    return publicKey(readStream(in, PUBLIC_ROLE));
  }

  private static PrivateKeyInfo privateKeyInfo(Object parsed, char[] passphrase) {
    try {
      if (parsed instanceof PrivateKeyInfo info) {
        return info;
      }
      if (parsed instanceof PEMKeyPair pair) {
        return pair.getPrivateKeyInfo();
      }
      if (parsed instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
        requirePassphrase(passphrase);
        return encrypted.decryptPrivateKeyInfo(
            new JceOpenSSLPKCS8DecryptorProviderBuilder()
                .setProvider(new BouncyCastleProvider())
                .build(passphrase));
      }
      if (parsed instanceof PEMEncryptedKeyPair encrypted) {
        requirePassphrase(passphrase);
        return encrypted
            .decryptKeyPair(
                new JcePEMDecryptorProviderBuilder().setProvider(new BouncyCastleProvider()).build(passphrase))
            .getPrivateKeyInfo();
      }
    } catch (PKCSException | IOException | OperatorCreationException e) {
      throw new KeyFormatException(
          "Cannot decrypt " + PRIVATE_ROLE + ": the passphrase is wrong or the encryption is unsupported", e);
    }
    if (parsed instanceof SubjectPublicKeyInfo) {
      throw new KeyFormatException(
          "Cannot use this as " + PRIVATE_ROLE + ": found a public key where a private key is expected", null);
    }
    if (parsed instanceof X509CertificateHolder) {
      throw new KeyFormatException(
          "Cannot use this as " + PRIVATE_ROLE + ": found a certificate where a private key is expected", null);
    }
    throw unexpected(parsed, PRIVATE_ROLE);
  }

  private static void requirePassphrase(char[] passphrase) {
    if (passphrase == null) {
      throw new KeyFormatException(
          "Cannot read " + PRIVATE_ROLE + ": found PEM with a passphrase but none given", null);
    }
  }

  private static Object readPem(String text, String role) {
    try (PEMParser parser = new PEMParser(new StringReader(text))) {
      Object parsed = parser.readObject();
      if (parsed == null) {
        throw new KeyFormatException("Cannot read " + role + ": found no PEM object in the text", null);
      }
      return parsed;
    } catch (IOException | IllegalArgumentException e) {
      throw new KeyFormatException("Cannot read " + role + ": found PEM that does not parse", e);
    }
  }

  /** Tells PKCS#8 from PKCS#1 (and from a public key) by the shape of the outer ASN.1 sequence. */
  private static Object readPrivateDer(String base64) {
    ASN1Sequence sequence = readDerSequence(base64, PRIVATE_ROLE);
    ASN1Encodable first = sequence.getObjectAt(0);
    ASN1Encodable second = sequence.size() > 1 ? sequence.getObjectAt(1) : null;
    if (first instanceof ASN1Integer && second instanceof ASN1Sequence) {
      return PrivateKeyInfo.getInstance(sequence);
    }
    if (first instanceof ASN1Integer && sequence.size() == 9) {
      AlgorithmIdentifier rsa = new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);
      try {
        return new PrivateKeyInfo(rsa, RSAPrivateKey.getInstance(sequence));
      } catch (IOException e) {
        throw new KeyFormatException("Cannot read " + PRIVATE_ROLE + ": its key data is damaged", e);
      }
    }
    if (first instanceof ASN1Sequence && sequence.size() == 2) {
      return SubjectPublicKeyInfo.getInstance(sequence);
    }
    if (first instanceof ASN1Sequence && sequence.size() == 3) {
      return new X509CertificateHolder(Certificate.getInstance(sequence));
    }
    throw new KeyFormatException(
        "Cannot read " + PRIVATE_ROLE + ": found DER that is neither PKCS#8 nor PKCS#1", null);
  }

  private static Object readPublicDer(String base64) {
    ASN1Sequence sequence = readDerSequence(base64, PUBLIC_ROLE);
    ASN1Encodable first = sequence.getObjectAt(0);
    if (first instanceof ASN1Sequence && sequence.size() == 2) {
      return SubjectPublicKeyInfo.getInstance(sequence);
    }
    if (first instanceof ASN1Sequence && sequence.size() == 3) {
      return new X509CertificateHolder(Certificate.getInstance(sequence));
    }
    if (first instanceof ASN1Integer) {
      throw new KeyFormatException(
          "Cannot use this as " + PUBLIC_ROLE + ": found a private key where a public key is expected", null);
    }
    throw new KeyFormatException(
        "Cannot read " + PUBLIC_ROLE + ": found DER that is neither SubjectPublicKeyInfo nor a certificate", null);
  }

  private static ASN1Sequence readDerSequence(String base64, String role) {
    byte[] der;
    try {
      der = Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw new KeyFormatException("Cannot read " + role + ": found text that is neither PEM nor Base64", e);
    }
    try {
      ASN1Primitive primitive = ASN1Primitive.fromByteArray(der);
      if (primitive instanceof ASN1Sequence sequence && sequence.size() > 0) {
        return sequence;
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new KeyFormatException("Cannot read " + role + ": found Base64 that is not a DER key", e);
    }
    throw new KeyFormatException("Cannot read " + role + ": found Base64 that is not a DER key", null);
  }

  /** Refuses other algorithms before any conversion, which for some (EC without parameters) fails obscurely. */
  private static void requireRsaAlgorithm(AlgorithmIdentifier algorithm, String role) {
    ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
    if (!oid.equals(PKCSObjectIdentifiers.rsaEncryption)) {
      throw new KeyFormatException(
          "Cannot use this as " + role + ": found " + describeAlgorithm(oid)
              + "; CodePay requires an RSA key of at least " + MIN_RSA_BITS + " bits",
          null);
    }
  }

  private static <K extends Key> K requireRsa(K key, String role) {
    int bits = ((RSAKey) key).getModulus().bitLength();
    if (bits < MIN_RSA_BITS) {
      throw new KeyFormatException(
          "Cannot use this as " + role + ": found an RSA key of " + bits + " bits; CodePay requires "
              + MIN_RSA_BITS,
          null);
    }
    return key;
  }

  private static String describeAlgorithm(ASN1ObjectIdentifier oid) {
    if (oid.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
      return "an EC key";
    }
    if (oid.equals(EdECObjectIdentifiers.id_Ed25519)) {
      return "an Ed25519 key";
    }
    if (oid.equals(X9ObjectIdentifiers.id_dsa)) {
      return "a DSA key";
    }
    if (oid.equals(PKCSObjectIdentifiers.id_RSASSA_PSS)) {
      return "an RSA-PSS key";
    }
    return "a key of algorithm " + oid.getId();
  }

  private static KeyFormatException unexpected(Object parsed, String role) {
    String found = parsed == null ? "nothing" : parsed.getClass().getSimpleName();
    return new KeyFormatException("Cannot use this as " + role + ": found " + found, null);
  }

  private static String readFile(Path file, String role) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + role + " from " + file, e);
    }
  }

  private static String readStream(InputStream in, String role) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + role + " from the stream", e);
    }
  }
}
