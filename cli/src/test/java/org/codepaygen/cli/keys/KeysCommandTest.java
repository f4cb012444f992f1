package org.codepaygen.cli.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.codepaygen.cli.Cli;
import org.codepaygen.cli.Openssl;
import org.codepaygen.cli.Processes;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.json.CodePayJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keys generate, convert and inspect, cross-checked with openssl in both directions. */
class KeysCommandTest {
  @TempDir Path dir;

  @BeforeAll
  static void openssl() {
    Processes.assumeOpenssl();
  }

  @Test
  void generateWritesFiveFormsThatOpensslReadsAsOneKey() throws Exception {
    Cli.Run run = Cli.run("keys", "generate", "--dir", dir.toString(), "--json");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = CodePayJson.mapper().readTree(run.out());
    assertThat(json.get("bits").intValue()).isEqualTo(2048);
    String modulus = openssl("rsa", "-pubin", "-in", dir.resolve("merchant-public.pem").toString(), "-noout",
        "-modulus");
    assertThat(modulus).startsWith("Modulus=");
    assertThat(openssl("rsa", "-in", dir.resolve("merchant-private-pkcs8.pem").toString(), "-noout", "-modulus"))
        .isEqualTo(modulus);
    assertThat(openssl("rsa", "-in", dir.resolve("merchant-private-pkcs1.pem").toString(), "-noout", "-modulus"))
        .isEqualTo(modulus);
    assertThat(Files.readString(dir.resolve("merchant-private-pkcs1.pem")))
        .startsWith("-----BEGIN RSA PRIVATE KEY-----");
    assertThat(Files.readString(dir.resolve("merchant-private-pkcs8.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");
    Path privateDer = derOf(dir.resolve("merchant-private-pkcs8.base64"));
    assertThat(openssl("rsa", "-inform", "DER", "-in", privateDer.toString(), "-noout", "-modulus"))
        .isEqualTo(modulus);
    Path publicDer = derOf(dir.resolve("merchant-public.base64"));
    assertThat(openssl("rsa", "-pubin", "-inform", "DER", "-in", publicDer.toString(), "-noout", "-modulus"))
        .isEqualTo(modulus);
    assertThat(Files.readString(dir.resolve("merchant-public.base64")).strip()).doesNotContain("\n")
        .isEqualTo(json.get("public_key_base64").textValue());
    assertThat(json.get("fingerprint_sha256").textValue()).isEqualTo(opensslSha256(publicDer));
  }

  @Test
  void privateFilesAreOwnerOnlyAndPublicOnesAreNot() throws Exception {
    Cli.Run run = Cli.run("keys", "generate", "--dir", dir.toString(), "--name", "shop");

    assertThat(run.exit()).as(run.err()).isZero();
    for (String name : List.of("shop-private-pkcs8.pem", "shop-private-pkcs1.pem", "shop-private-pkcs8.base64")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(name))))
          .as(name).isEqualTo("rw-------");
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("shop-public.pem"))))
        .startsWith("rw-r");
  }

  @Test
  void generateRefusesToOverwriteAndWritesNothing() throws Exception {
    Files.writeString(dir.resolve("merchant-public.pem"), "keep me");

    Cli.Run run = Cli.run("keys", "generate", "--dir", dir.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("refusing to overwrite", "merchant-public.pem", "nothing was written");
    assertThat(Files.readString(dir.resolve("merchant-public.pem"))).isEqualTo("keep me");
    try (var files = Files.list(dir)) {
      assertThat(files.toList()).hasSize(1);
    }
  }

  @Test
  void inspectReadsOpensslKeysInEveryFormAndMatchesThePair() throws Exception {
    Path pkcs8 = dir.resolve("k8.pem");
    Path pkcs1 = dir.resolve("k1.pem");
    Path encrypted = dir.resolve("enc.pem");
    Path publicPem = dir.resolve("pub.pem");
    Path publicDer = dir.resolve("pub.der");
    Path pass = dir.resolve("pass.txt");
    Files.writeString(pass, "correct horse\n");
    openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", pkcs8.toString());
    openssl("rsa", "-in", pkcs8.toString(), "-traditional", "-out", pkcs1.toString());
    openssl("pkcs8", "-topk8", "-in", pkcs8.toString(), "-v2", "aes-256-cbc", "-passout", "file:" + pass,
        "-out", encrypted.toString());
    openssl("pkey", "-in", pkcs8.toString(), "-pubout", "-out", publicPem.toString());
    openssl("pkey", "-in", pkcs8.toString(), "-pubout", "-outform", "DER", "-out", publicDer.toString());

    Cli.Run run = Cli.run("keys", "inspect", pkcs1.toString(), encrypted.toString(), publicPem.toString(),
        "--passphrase-file", pass.toString(), "--json");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = CodePayJson.mapper().readTree(run.out());
    List<String> encodings = new ArrayList<>();
    for (JsonNode key : json.get("keys")) {
      assertThat(key.get("bits").intValue()).isEqualTo(2048);
      assertThat(key.get("fingerprint_sha256").textValue()).isEqualTo(opensslSha256(publicDer));
      encodings.add(key.get("encoding").textValue());
    }
    assertThat(encodings).containsExactly("PKCS#1 PEM", "encrypted PKCS#8 PEM", "X.509 SubjectPublicKeyInfo PEM");
    assertThat(json.get("pairs")).hasSize(2).allSatisfy(pair -> assertThat(pair.get("match").booleanValue()).isTrue());
    assertThat(run.out()).doesNotContain(privateKeyBody(pkcs1), privateKeyBody(pkcs8));
  }

  @Test
  void inspectSaysWhenKeysDoNotBelongTogether() throws Exception {
    Path other = dir.resolve("other.pem");
    openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out",
        dir.resolve("o.pem").toString());
    openssl("pkey", "-in", dir.resolve("o.pem").toString(), "-pubout", "-out", other.toString());

    Cli.Run run = Cli.run("keys", "inspect", Fixtures.path(Fixtures.MERCHANT_PRIVATE_PKCS8).toString(),
        other.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("RSA private key, 2048 bits, PKCS#8 PEM", "do NOT belong together");
    assertThat(run.out()).doesNotContain(privateKeyBody(Fixtures.path(Fixtures.MERCHANT_PRIVATE_PKCS8)));
  }

  @Test
  void inspectRefusesAShortKeyAndSaysWhatItFound() throws Exception {
    Path weak = dir.resolve("weak.pem");
    openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024", "-out", weak.toString());

    Cli.Run run = Cli.run("keys", "inspect", weak.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("1024 bits", "2048");
  }

  @Test
  void convertWritesWhatOpensslWrites() {
    String pkcs8 = Fixtures.path(Fixtures.MERCHANT_PRIVATE_PKCS8).toString();

    Cli.Run pkcs1 = Cli.run("keys", "convert", pkcs8, "--to", "pkcs1");
    Cli.Run publicPem = Cli.run("keys", "convert", pkcs8, "--to", "public");
    Cli.Run back = Cli.run("keys", "convert", Fixtures.path(Fixtures.MERCHANT_PRIVATE_PKCS1).toString(), "--to",
        "pkcs8");

    // The fixtures were written by openssl (test-fixtures/files/README.md).
    assertThat(pkcs1.exit()).isZero();
    assertThat(pkcs1.out()).isEqualTo(Fixtures.text(Fixtures.MERCHANT_PRIVATE_PKCS1));
    assertThat(publicPem.out()).isEqualTo(Fixtures.text(Fixtures.MERCHANT_PUBLIC));
    assertThat(back.out()).isEqualTo(Fixtures.text(Fixtures.MERCHANT_PRIVATE_PKCS8));
  }

  @Test
  void convertEncryptsForOpensslWithAnOwnerOnlyFile() throws Exception {
    Path pass = dir.resolve("pass.txt");
    Files.writeString(pass, "s3cret passphrase\n");
    Path out = dir.resolve("enc.pem");

    Cli.Run run = Cli.run("keys", "convert", Fixtures.path(Fixtures.MERCHANT_PRIVATE_PKCS8).toString(),
        "--to", "pkcs8-encrypted", "--new-passphrase-file", pass.toString(), "--out", out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(out)).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
    assertThat(openssl("rsa", "-in", out.toString(), "-passin", "file:" + pass, "-noout", "-modulus"))
        .isEqualTo(openssl("rsa", "-in", Fixtures.path(Fixtures.MERCHANT_PRIVATE_PKCS8).toString(), "-noout",
            "-modulus"));
  }

  @Test
  void convertRefusesToMakeAPrivateKeyOfAPublicOneOrToOverwrite() throws Exception {
    String publicKey = Fixtures.path(Fixtures.MERCHANT_PUBLIC).toString();
    Path existing = Files.writeString(dir.resolve("there.pem"), "keep me");

    Cli.Run fromPublic = Cli.run("keys", "convert", publicKey, "--to", "pkcs8");
    Cli.Run overwrite = Cli.run("keys", "convert", publicKey, "--to", "public-base64", "--out", existing.toString());
    Cli.Run noPassphrase = Cli.run("keys", "convert", publicKey, "--to", "pkcs8-encrypted");
    Cli.Run unknownForm = Cli.run("keys", "convert", publicKey, "--to", "pkcs12");

    assertThat(fromPublic.exit()).isEqualTo(1);
    assertThat(fromPublic.err()).contains("holds a public key");
    assertThat(overwrite.exit()).isEqualTo(1);
    assertThat(Files.readString(existing)).isEqualTo("keep me");
    assertThat(noPassphrase.exit()).isEqualTo(2);
    assertThat(unknownForm.exit()).isEqualTo(2);
    assertThat(unknownForm.err()).contains("pkcs12", "pkcs8-base64");
  }

  private static String openssl(String... args) {
    return Openssl.run(args);
  }

  private static String opensslSha256(Path file) {
    return openssl("dgst", "-sha256", "-r", file.toString()).split(" ")[0];
  }

  private Path derOf(Path base64) throws Exception {
    Path der = dir.resolve(base64.getFileName() + ".der");
    Files.write(der, Base64.getDecoder().decode(Files.readString(base64).strip()));
    return der;
  }

  /** A line from the middle of a PEM private key, which no output may contain. */
  private static String privateKeyBody(Path pem) throws Exception {
    return Files.readAllLines(pem, StandardCharsets.US_ASCII).get(5);
  }
}
