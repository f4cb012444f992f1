package org.codepaygen.runtime.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Set;

/**
 * The common request fields of protocol §2, added to every business body. {@code timestamp} is the epoch
 * millisecond of the injected clock, sent as a 13-digit string.
 */
public final class Envelope {
  /** Members the envelope owns; a model must never set them. */
  public static final Set<String> RESERVED =
      Set.of("app_id", "format", "charset", "sign_type", "sign", "version", "timestamp", "method",
          "merchant_no", "store_no");

  private final String appId;
  private final String merchantNo;
  private final String storeNo;
  private final Clock clock;
  private final String signType;

  /**
   * The envelope of RSA2-signed requests.
   *
   * @param merchantNo sent when not {@code null}
   * @param storeNo sent when not {@code null}
   */
  public Envelope(String appId, String merchantNo, String storeNo, Clock clock) {
    this(appId, merchantNo, storeNo, clock, "RSA2");
  }

  private Envelope(String appId, String merchantNo, String storeNo, Clock clock, String signType) {
    this.appId = appId;
    this.merchantNo = merchantNo;
    this.storeNo = storeNo;
    this.clock = clock;
    this.signType = signType;
  }

  /** This envelope with {@code sign_type=NONE}, for requests authenticated by HTTP Basic instead (protocol §10). */
  public Envelope unsigned() {
    return new Envelope(appId, merchantNo, storeNo, clock, "NONE");
  }

  /** Adds the envelope for {@code method} to a business body that must not already hold any reserved member. */
  void addTo(ObjectNode body, String method) {
    for (String reserved : RESERVED) {
      if (body.has(reserved)) {
        throw new IllegalArgumentException(
            "The body of " + method + " sets the envelope member " + reserved + "; only the client may set it");
      }
    }
    body.put("app_id", appId);
    body.put("format", "JSON");
    body.put("charset", "UTF-8");
    body.put("sign_type", signType);
    body.put("version", "1.0");
    body.put("timestamp", Long.toString(clock.millis()));
    body.put("method", method);
    if (merchantNo != null) {
      body.put("merchant_no", merchantNo);
    }
    if (storeNo != null) {
      body.put("store_no", storeNo);
    }
  }
}
