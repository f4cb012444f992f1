package org.codepaygen.runtime.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.codepaygen.runtime.TestVectors;
import org.codepaygen.runtime.error.KeyFormatException;
import org.codepaygen.runtime.signing.RequestSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key-loading matrix: every accepted format, and what each refused input is told. */
class CodePayKeysTest {
  private static final String PKCS8_PEM = TestVectors.read("merchant-private-pkcs8.pem");
  private static final String PKCS1_PEM = TestVectors.read("merchant-private-pkcs1.pem");
  private static final String PUBLIC_PEM = TestVectors.read("merchant-public.pem");
  private static final BigInteger MODULUS =
      ((RSAPublicKey) CodePayKeys.publicKey(PUBLIC_PEM)).getModulus();

  private static String base64Body(String pem) {
    return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
  }

  private static void assertIsMerchantKey(PrivateKey key) {
    assertThat(((RSAPrivateKey) key).getModulus()).isEqualTo(MODULUS);
    String vector = TestVectors.signatureVectors().get(0).canonical();
    assertThat(new RequestSigner(key).sign(vector)).isEqualTo(TestVectors.signatureVectors().get(0).sign());
  }

  @Test
  void readsPkcs8Pem() {
    assertIsMerchantKey(CodePayKeys.privateKey(PKCS8_PEM));
  }

  @Test
  void readsPkcs1Pem() {
    assertIsMerchantKey(CodePayKeys.privateKey(PKCS1_PEM));
  }

  @Test
  void readsBareBase64OfPkcs8() {
    assertIsMerchantKey(CodePayKeys.privateKey(base64Body(PKCS8_PEM)));
  }

  @Test
  void readsBareBase64OfPkcs1() {
    assertIsMerchantKey(CodePayKeys.privateKey(base64Body(PKCS1_PEM)));
  }

  @Test
  void readsEncryptedPkcs8WithPassphrase() throws Exception {
    assertIsMerchantKey(CodePayKeys.privateKey(encrypted(PKCS8_PEM, "s3cret"), "s3cret".toCharArray()));
  }

  @Test
  void readsFromPathAndStream(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("key.pem"), PKCS1_PEM);

    assertIsMerchantKey(CodePayKeys.privateKey(file));
    assertIsMerchantKey(CodePayKeys.privateKey(new ByteArrayInputStream(PKCS8_PEM.getBytes(StandardCharsets.US_ASCII))));
  }

  @Test
  void encryptedPemWithoutPassphraseSaysSo() throws Exception {
    String pem = encrypted(PKCS8_PEM, "s3cret");

    assertThatThrownBy(() -> CodePayKeys.privateKey(pem))
        .isInstanceOf(KeyFormatException.class)
        .hasMessageContaining("PEM with a passphrase but none given");
  }

  @Test
  void wrongPassphraseSaysSo() throws Exception {
    String pem = encrypted(PKCS8_PEM, "s3cret");

    assertThatThrownBy(() -> CodePayKeys.privateKey(pem, "guess".toCharArray()))
        .isInstanceOf(KeyFormatException.class)
        .hasMessageContaining("passphrase is wrong");
  }

  @Test
  void ecKeyIsRefusedByName() throws Exception {
    String pem = pem(generate("EC", 256).getPrivate());

    assertThatThrownBy(() -> CodePayKeys.privateKey(pem))
        .isInstanceOf(KeyFormatException.class)
        .hasMessageContaining("found an EC key");
  }

  @Test
  void shortRsaKeyIsRefusedWithItsSize() throws Exception {
    KeyPair shortPair = generate("RSA", 1024);

    assertThatThrownBy(() -> CodePayKeys.privateKey(pem(shortPair.getPrivate())))
        .hasMessageContaining("an RSA key of 1024 bits; CodePay requires 2048");
    assertThatThrownBy(() -> CodePayKeys.publicKey(pem(shortPair.getPublic())))
        .hasMessageContaining("an RSA key of 1024 bits; CodePay requires 2048");
  }

  @Test
  void publicKeyWherePrivateKeyIsExpectedIsNamed() {
    assertThatThrownBy(() -> CodePayKeys.privateKey(PUBLIC_PEM))
        .hasMessageContaining("a public key where a private key is expected");
    assertThatThrownBy(() -> CodePayKeys.privateKey(base64Body(PUBLIC_PEM)))
        .hasMessageContaining("a public key where a private key is expected");
  }

  @Test
  void privateKeyWherePublicKeyIsExpectedIsNamedWithoutEchoingIt() {
    assertThatThrownBy(() -> CodePayKeys.publicKey(PKCS8_PEM))
        .hasMessageContaining("a private key where a public key is expected")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(base64Body(PKCS8_PEM).substring(40, 80)));
    assertThatThrownBy(() -> CodePayKeys.publicKey(base64Body(PKCS1_PEM)))
        .hasMessageContaining("a private key where a public key is expected");
  }

  @Test
  void textThatIsNeitherPemNorBase64IsNamed() {
    assertThatThrownBy(() -> CodePayKeys.privateKey("not a key!"))
        .isInstanceOf(KeyFormatException.class)
        .hasMessageContaining("neither PEM nor Base64");
  }

  @Test
  void readsPublicKeyFromPemBase64AndCertificate() throws Exception {
    assertThat(((RSAPublicKey) CodePayKeys.publicKey(PUBLIC_PEM)).getModulus()).isEqualTo(MODULUS);
    assertThat(((RSAPublicKey) CodePayKeys.publicKey(base64Body(PUBLIC_PEM))).getModulus()).isEqualTo(MODULUS);

    KeyPair pair = generate("RSA", 2048);
    String certificate = selfSignedCertificatePem(pair);
    assertThat(CodePayKeys.publicKey(certificate)).isEqualTo(pair.getPublic());
    assertThat(CodePayKeys.publicKey(base64Body(certificate))).isEqualTo(pair.getPublic());
  }

  private static KeyPair generate(String algorithm, int size) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
    generator.initialize(size);
    return generator.generateKeyPair();
  }

  private static String pem(Object object) throws IOException {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(object);
    }
    return out.toString();
  }

  private static String encrypted(String pkcs8Pem, String passphrase) throws Exception {
    PrivateKey key = CodePayKeys.privateKey(pkcs8Pem);
    var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
        .setProvider(new BouncyCastleProvider())
        .setPassword(passphrase.toCharArray())
        .build();
    String pem = pem(new JcaPKCS8Generator(key, encryptor));
    assertThat(pem).contains("BEGIN ENCRYPTED PRIVATE KEY");
    return pem;
  }

  private static String selfSignedCertificatePem(KeyPair pair) throws Exception {
    X500Name name = new X500Name("CN=gateway.test");
    Date now = new Date();
    var holder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, now, new Date(now.getTime() + 86_400_000L),
            name, pair.getPublic())
        .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
    return pem(holder);
  }
}
