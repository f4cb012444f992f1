package org.codepaygen.cli.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.io.pem.PemGenerationException;
import org.codepaygen.sandbox.tls.Pem;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The forms a key can be written in; PEM is written by Bouncy Castle. */
public enum KeyForm {
  PKCS8("pkcs8", true, "PKCS#8 PEM (BEGIN PRIVATE KEY), what Java code reads"),
  PKCS1("pkcs1", true, "PKCS#1 PEM (BEGIN RSA PRIVATE KEY), what PHP, Python and .NET examples read"),
  PKCS8_ENCRYPTED("pkcs8-encrypted", true, "encrypted PKCS#8 PEM (BEGIN ENCRYPTED PRIVATE KEY), AES-256"),
  PKCS8_BASE64("pkcs8-base64", true, "PKCS#8 DER as one line of Base64"),
  PKCS1_BASE64("pkcs1-base64", true, "PKCS#1 DER as one line of Base64"),
  PUBLIC("public", false, "X.509 SubjectPublicKeyInfo PEM (BEGIN PUBLIC KEY)"),
  PUBLIC_BASE64("public-base64", false, "X.509 SubjectPublicKeyInfo DER as one line of Base64, what the portal takes");

  private static final int PBKDF2_ITERATIONS = 600_000;

  private final String label;
  private final boolean secret;
  private final String description;

  KeyForm(String label, boolean secret, String description) {
    this.label = label;
    this.secret = secret;
    this.description = description;
  }

  /** The name on the command line, such as {@code pkcs8-base64}. */
  public String label() {
    return label;
  }

  /** Whether the form holds the private key, so its file must be owner-only. */
  public boolean secret() {
    return secret;
  }

  public String description() {
    return description;
  }

  /** The key in this form; {@code passphrase} is used by {@link #PKCS8_ENCRYPTED} only. */
  String write(PrivateKey privateKey, PublicKey publicKey, char[] passphrase) {
    return switch (this) {
      case PKCS8 -> Pem.of(pkcs8(privateKey, null));
      case PKCS1 -> Pem.of(privateKey);
      case PKCS8_ENCRYPTED -> Pem.of(pkcs8(privateKey, passphrase));
      case PKCS8_BASE64 -> line(privateKey.getEncoded());
      case PKCS1_BASE64 -> line(pkcs1Der(privateKey));
      case PUBLIC -> Pem.of(publicKey);
      case PUBLIC_BASE64 -> line(publicKey.getEncoded());
    };
  }

  private static JcaPKCS8Generator pkcs8(PrivateKey key, char[] passphrase) {
    try {
      if (passphrase == null) {
        return new JcaPKCS8Generator(key, null);
      }
      return new JcaPKCS8Generator(key, new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
          .setProvider(new BouncyCastleProvider())
          .setPRF(PKCS8Generator.PRF_HMACSHA256)
          .setIterationCount(PBKDF2_ITERATIONS)
          .setPassword(passphrase)
          .build());
    } catch (OperatorCreationException | PemGenerationException e) {
      throw new IllegalStateException("Bouncy Castle cannot write PKCS#8: " + e.getMessage(), e);
    }
  }

  private static byte[] pkcs1Der(PrivateKey key) {
    try {
      return PrivateKeyInfo.getInstance(key.getEncoded()).parsePrivateKey().toASN1Primitive().getEncoded();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String line(byte[] der) {
    return Base64.getEncoder().encodeToString(der) + "\n";
  }

  /** Reads a form by its label, for picocli. */
  static final class Converter implements ITypeConverter<KeyForm> {
    @Override
    public KeyForm convert(String value) {
      for (KeyForm form : values()) {
        if (form.label.equals(value.toLowerCase(Locale.ROOT))) {
          return form;
        }
      }
      throw new TypeConversionException("'" + value + "' is not a key form; use one of " + labels());
    }
  }

  /** The labels, for help and completion. */
  static final class Labels implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(KeyForm::label).iterator();
    }
  }

  static String labels() {
    return String.join(", ", new Labels());
  }
}
