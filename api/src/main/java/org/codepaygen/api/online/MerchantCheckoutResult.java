package org.codepaygen.api.online;

import java.time.LocalDateTime;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.WireName;
import org.codepaygen.api.TransStatus;

/**
 * The gateway's answer to a card payment. {@link TransStatus#SUCCESS} means paid; {@link TransStatus#FAILED} means
 * declined (query the order for the reason); a pending status with {@link #redirectUrl3dsecure()} means the
 * customer must pass 3-D Secure first.
 */
@CodePayModel
public interface MerchantCheckoutResult {
  String transNo();

  TransStatus transStatus();

  /** Where to send the customer's browser for 3-D Secure; absent when no challenge is needed. */
  @WireName("redirect_url_3dsecure")
  Optional<String> redirectUrl3dsecure();

  Optional<String> payChannelTransNo();

  Optional<String> payUserAccountId();

  /** When the payment ended, in UTC; absent while it is pending. */
  Optional<LocalDateTime> transEndTime();

  Optional<String> payMethodId();

  /** The acquirer's reference number. */
  Optional<String> refNo();
}
