package org.codepaygen.spring.autoconfigure;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.error.KeyFormatException;
import org.codepaygen.runtime.error.ValidationException;
import org.codepaygen.runtime.keys.CodePayKeys;
import org.springframework.core.io.ResourceLoader;

/**
 * Turns {@link CodePayProperties} into a {@link CodePayClient.Builder}, checking every value first so that a bad one
 * fails start-up with a {@link CodePayPropertyException} that names its property.
 */
final class CodePayClientFactory {
  private static final String PREFIX = "codepay.";
  /** The builder's names in its validation errors, mapped back to the properties they came from. */
  private static final Map<String, String> PROPERTY_OF_SETTING =
      Map.of("appId", "codepay.app-id", "merchantNo", "codepay.merchant-no", "storeNo", "codepay.store-no");

  private final CodePayProperties properties;
  private final ResourceLoader resources;

  CodePayClientFactory(CodePayProperties properties, ResourceLoader resources) {
    this.properties = properties;
    this.resources = resources;
  }

  /** A builder with every property applied; customizers may change it before {@link #build}. */
  CodePayClient.Builder builder() {
    CodePayClient.Builder builder = CodePayClient.builder()
        .baseUrl(baseUrl(required("base-url", properties.getBaseUrl())))
        .appId(required("app-id", properties.getAppId()))
        .connectTimeout(positive("connect-timeout", properties.getConnectTimeout()))
        .readTimeout(positive("read-timeout", properties.getReadTimeout()))
        .writeTimeout(positive("write-timeout", properties.getWriteTimeout()))
        .uploadTimeout(positive("upload-timeout", properties.getUploadTimeout()))
        .maxResponseBytes(maxResponseBytes());
    CodePayProperties.BasicAuth basic = properties.getBasicAuth();
    if (hasText(basic.getUser())) {
      if (hasText(properties.getMerchantPrivateKey())) {
        throw new CodePayPropertyException(PREFIX + "basic-auth.user",
            "chooses Basic authentication, so codepay.merchant-private-key must not be set as well", null);
      }
      builder.basicAuth(basic.getUser(), required("basic-auth.password", basic.getPassword()));
      if (hasText(properties.getGatewayPublicKey())) {
        builder.gatewayPublicKey(gatewayPublicKey());
      }
    } else {
      builder.merchantPrivateKey(key("merchant-private-key", properties.getMerchantPrivateKey(),
              text -> CodePayKeys.privateKey(text, passphrase())))
          .gatewayPublicKey(gatewayPublicKey());
    }
    if (properties.getLanguage() != null) {
      builder.language(properties.getLanguage());
    }
    if (hasText(properties.getMerchantNo())) {
      builder.merchantNo(properties.getMerchantNo());
    }
    if (hasText(properties.getStoreNo())) {
      builder.storeNo(properties.getStoreNo());
    }
    if (hasText(properties.getAesKey())) {
      cardEncryptionAesKey(builder);
    }
    List<String> certificates = properties.getTrustedCertificates();
    for (int i = 0; i < certificates.size(); i++) {
      builder.trustCertificatePem(certificate("trusted-certificates[" + i + "]", certificates.get(i)));
    }
    return builder;
  }

  /** The gateway's public key, which verifies answers and notifications. */
  PublicKey gatewayPublicKey() {
    return key("gateway-public-key", properties.getGatewayPublicKey(), CodePayKeys::publicKey);
  }

  /** Builds the client, naming the property behind any setting the builder refuses. */
  static CodePayClient build(CodePayClient.Builder builder) {
    try {
      return builder.build();
    } catch (ValidationException e) {
      String property = PROPERTY_OF_SETTING.getOrDefault(e.property(), "codepay");
      throw new CodePayPropertyException(property, "is invalid: " + e.getMessage(), e);
    }
  }

  /** The URL {@code codepay.base-url} stands for: a shortcut's, or the value itself when it is https. */
  static String baseUrl(String property) {
    String value = property.strip();
    String url = switch (value.toLowerCase(Locale.ROOT)) {
      case "production" -> CodePayClient.PRODUCTION;
      case "sandbox" -> CodePayClient.SANDBOX;
      default -> value;
    };
    if (!url.regionMatches(true, 0, "https://", 0, 8) || url.length() == 8) {
      throw new CodePayPropertyException(PREFIX + "base-url",
          "must be an https URL, or production or sandbox, but is " + url, null);
    }
    return url;
  }

  private <K> K key(String name, String value, Function<String, K> parser) {
    String text = TextOrLocation.read(PREFIX + name, required(name, value), resources);
    try {
      return parser.apply(text);
    } catch (KeyFormatException e) {
      // The runtime's key messages say what was found, never the key's content.
      throw new CodePayPropertyException(PREFIX + name, "is unusable: " + e.getMessage(), e);
    }
  }

  /** Switches card encryption to AES, refusing a bad key now rather than at the first card. */
  private void cardEncryptionAesKey(CodePayClient.Builder builder) {
    String name = PREFIX + "aes-key";
    String base64 = TextOrLocation.read(name, properties.getAesKey(), resources, TextOrLocation::isAesKeyText,
        "the Base64 of a 32-byte key");
    try {
      builder.cardEncryptionAesKey(base64);
    } catch (IllegalArgumentException e) {
      // The runtime's message gives the length or says it is not Base64, never the key.
      throw new CodePayPropertyException(name, "is unusable: " + e.getMessage(), null);
    }
  }

  private char[] passphrase() {
    String passphrase = properties.getMerchantPrivateKeyPassphrase();
    return hasText(passphrase) ? passphrase.toCharArray() : null;
  }

  private String certificate(String name, String value) {
    String pem = TextOrLocation.read(PREFIX + name, required(name, value), resources);
    try {
      if (CertificateFactory.getInstance("X.509")
          .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))
          .isEmpty()) {
        throw new CertificateException("no certificate");
      }
    } catch (CertificateException e) {
      throw new CodePayPropertyException(PREFIX + name, "holds no PEM X.509 certificate", e);
    }
    return pem;
  }

  private Duration positive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new CodePayPropertyException(PREFIX + name, "must be a positive duration, such as 30s", null);
    }
    return value;
  }

  private long maxResponseBytes() {
    if (properties.getMaxResponseSize() == null || properties.getMaxResponseSize().toBytes() < 1) {
      throw new CodePayPropertyException(PREFIX + "max-response-size", "must be a positive size, such as 1MB", null);
    }
    return properties.getMaxResponseSize().toBytes();
  }

  private static String required(String name, String value) {
    if (!hasText(value)) {
      throw new CodePayPropertyException(PREFIX + name, "is not set", null);
    }
    return value;
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
