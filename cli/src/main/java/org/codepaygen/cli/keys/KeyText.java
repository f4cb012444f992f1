package org.codepaygen.cli.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * What a key file holds, told from its PEM label or, for bare Base64, from the shape of its DER, so that the right
 * {@code CodePayKeys} reader can be picked and the encoding named. Reading the key itself is left to
 * {@code CodePayKeys}, whose errors say what is wrong.
 */
record KeyText(String text, boolean isPrivate, String encoding) {
  private static final Pattern PEM_LABEL = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----");

  static KeyText read(Path file) throws IOException {
    return of(Files.readString(file, StandardCharsets.US_ASCII));
  }

  static KeyText of(String text) {
    Matcher label = PEM_LABEL.matcher(text);
    if (label.find()) {
      return pem(text, label.group(1));
    }
    return base64(text);
  }

  private static KeyText pem(String text, String label) {
    return switch (label) {
      case "PRIVATE KEY" -> new KeyText(text, true, "PKCS#8 PEM");
      case "ENCRYPTED PRIVATE KEY" -> new KeyText(text, true, "encrypted PKCS#8 PEM");
      case "RSA PRIVATE KEY" -> new KeyText(text, true,
          text.contains("ENCRYPTED") ? "encrypted PKCS#1 PEM (legacy OpenSSL)" : "PKCS#1 PEM");
      case "PUBLIC KEY" -> new KeyText(text, false, "X.509 SubjectPublicKeyInfo PEM");
      case "RSA PUBLIC KEY" -> new KeyText(text, false, "PKCS#1 public key PEM");
      case "CERTIFICATE" -> new KeyText(text, false, "X.509 certificate PEM");
      default -> new KeyText(text, label.contains("PRIVATE"), "PEM labelled " + label);
    };
  }

  /** PKCS#8 and PKCS#1 private keys start with a version INTEGER; public keys and certificates with a SEQUENCE. */
  private static KeyText base64(String text) {
    try {
      ASN1Primitive der = ASN1Primitive.fromByteArray(Base64.getDecoder().decode(text.replaceAll("\\s", "")));
      if (der instanceof ASN1Sequence sequence && sequence.size() > 0) {
        if (sequence.getObjectAt(0) instanceof ASN1Integer) {
          return new KeyText(text, true,
              sequence.size() == 9 ? "PKCS#1 DER as bare Base64" : "PKCS#8 DER as bare Base64");
        }
        return new KeyText(text, false,
            sequence.size() == 3
                ? "X.509 certificate DER as bare Base64"
                : "X.509 SubjectPublicKeyInfo DER as bare Base64");
      }
    } catch (IOException | IllegalArgumentException notDer) {
      // Not a key: the private key reader names the problem.
    }
    return new KeyText(text, true, "unknown");
  }
}
