package org.codepaygen.spring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.codepaygen.runtime.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code codepay.*} settings the {@code CodePayClient} bean is built from. Keys and certificates are given as a
 * resource location ({@code file:/etc/codepay/merchant.pem}, {@code classpath:keys/gateway.pem}) or as the key text
 * itself, for example from an environment variable: a value containing {@code -----BEGIN} or made only of Base64
 * characters and at least 256 long is taken as text, anything else as a location.
 */
@ConfigurationProperties("codepay")
public class CodePayProperties {
  /**
   * Gateway root URL, https only; "production" and "sandbox" stand for CodePay's production and hosted test
   * gateways.
   */
  private String baseUrl = "production";

  /** App id CodePay issued to the merchant, at most 32 characters. Required. */
  private String appId;

  /** Merchant number sent as merchant_no with every request, at most 32 characters. */
  private String merchantNo;

  /** Store number sent as store_no with every request when set, at most 32 characters. */
  private String storeNo;

  /**
   * Merchant's RSA private key, which signs requests: a location, or its PEM (PKCS#8 or PKCS#1) or Base64 text.
   * Required.
   */
  private String merchantPrivateKey;

  /** Passphrase of an encrypted merchant private key PEM. */
  private String merchantPrivateKeyPassphrase;

  /**
   * Gateway's RSA public key, which every answer must verify with: a location, or its PEM or Base64 text (a public
   * key or a certificate). Required.
   */
  private String gatewayPublicKey;

  /**
   * App's AES-256 key for card data sent to pay.merchant.checkout, when CodePay asks for AES instead of the default
   * RSA with the gateway public key: the standard Base64 of its 32 bytes (44 characters), or a location of a file
   * holding it.
   */
  private String aesKey;

  /** Language of the gateway's error messages, sent as Accept-Language. */
  private Language language = Language.EN_US;

  /** How long to wait for the TCP connection to the gateway. */
  private Duration connectTimeout = Duration.ofSeconds(30);

  /**
   * How long to wait for the answer's next bytes (and, in OkHttp 3, for the TLS handshake); past it the call's
   * outcome is unknown.
   */
  private Duration readTimeout = Duration.ofSeconds(30);

  /** How long to wait while sending the request's next bytes. */
  private Duration writeTimeout = Duration.ofSeconds(30);

  /** The read and write timeout of an upload (file.upload), instead of the other two. */
  private Duration uploadTimeout = Duration.ofSeconds(60);

  /**
   * Certificates to trust beside the JDK's roots, such as a local sandbox's self-signed one: locations or PEM text.
   * Host names are still checked.
   */
  private List<String> trustedCertificates = new ArrayList<>();

  /** Answers larger than this are refused without being read whole. */
  private DataSize maxResponseSize = DataSize.ofMegabytes(1);

  private final BasicAuth basicAuth = new BasicAuth();

  private final Metrics metrics = new Metrics();

  private final Notifications notifications = new Notifications();

  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public String getAppId() {
    return appId;
  }

  public void setAppId(String appId) {
    this.appId = appId;
  }

  public String getMerchantNo() {
    return merchantNo;
  }

  public void setMerchantNo(String merchantNo) {
    this.merchantNo = merchantNo;
  }

  public String getStoreNo() {
    return storeNo;
  }

  public void setStoreNo(String storeNo) {
    this.storeNo = storeNo;
  }

  public String getMerchantPrivateKey() {
    return merchantPrivateKey;
  }

  public void setMerchantPrivateKey(String merchantPrivateKey) {
    this.merchantPrivateKey = merchantPrivateKey;
  }

  public String getMerchantPrivateKeyPassphrase() {
    return merchantPrivateKeyPassphrase;
  }

  public void setMerchantPrivateKeyPassphrase(String merchantPrivateKeyPassphrase) {
    this.merchantPrivateKeyPassphrase = merchantPrivateKeyPassphrase;
  }

  public String getGatewayPublicKey() {
    return gatewayPublicKey;
  }

  public void setGatewayPublicKey(String gatewayPublicKey) {
    this.gatewayPublicKey = gatewayPublicKey;
  }

  public String getAesKey() {
    return aesKey;
  }

  public void setAesKey(String aesKey) {
    this.aesKey = aesKey;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public Duration getReadTimeout() {
    return readTimeout;
  }

  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  public Duration getWriteTimeout() {
    return writeTimeout;
  }

  public void setWriteTimeout(Duration writeTimeout) {
    this.writeTimeout = writeTimeout;
  }

  public Duration getUploadTimeout() {
    return uploadTimeout;
  }

  public void setUploadTimeout(Duration uploadTimeout) {
    this.uploadTimeout = uploadTimeout;
  }

  public BasicAuth getBasicAuth() {
    return basicAuth;
  }

  public List<String> getTrustedCertificates() {
    return trustedCertificates;
  }

  public void setTrustedCertificates(List<String> trustedCertificates) {
    this.trustedCertificates = trustedCertificates;
  }

  public DataSize getMaxResponseSize() {
    return maxResponseSize;
  }

  public void setMaxResponseSize(DataSize maxResponseSize) {
    this.maxResponseSize = maxResponseSize;
  }

  public Metrics getMetrics() {
    return metrics;
  }

  public Notifications getNotifications() {
    return notifications;
  }

  /**
   * {@code codepay.basic-auth.*}: HTTP Basic authentication instead of RSA2 signing (sign_type NONE), an explicit
   * opt-in with a weaker guarantee (see the runtime's README). When the user is set, no merchant private key may be;
   * the gateway public key is then optional, and verifies the answers that carry a sign.
   */
  public static class BasicAuth {
    /** The user name; setting it chooses Basic authentication. */
    private String user;

    /** The password, sent over HTTPS only; never logged. */
    private String password;

    public String getUser() {
      return user;
    }

    public void setUser(String user) {
      this.user = user;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }
  }

  /** {@code codepay.metrics.*}: Micrometer timers of the generated clients' calls. */
  public static class Metrics {
    /** Whether generated clients' calls are timed when Micrometer and a MeterRegistry are present. */
    private boolean enabled = true;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** {@code codepay.notifications.*}: the endpoint the gateway POSTs payment and refund outcomes to. */
  public static class Notifications {
    /**
     * Path of the notification endpoint, such as /codepay/notifications, to be given as notify_url; the endpoint
     * exists only when this is set, in a servlet web application.
     */
    private String path;

    public String getPath() {
      return path;
    }

    public void setPath(String path) {
      this.path = path;
    }
  }
}
