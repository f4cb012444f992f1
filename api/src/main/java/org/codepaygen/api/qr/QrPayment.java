package org.codepaygen.api.qr;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.api.TransStatus;

/** The gateway's answer to a scanned wallet code: final, or pending until the customer confirms in the wallet. */
@CodePayModel
public interface QrPayment {
  String transNo();

  TransStatus transStatus();

  Optional<String> merchantOrderNo();

  Optional<String> priceCurrency();

  Optional<BigDecimal> orderAmount();

  Optional<BigDecimal> transAmount();

  Optional<BigDecimal> transFeeC();

  Optional<BigDecimal> vatAmount();

  Optional<String> payMethodId();

  Optional<String> payChannelTransNo();

  Optional<String> payUserAccountId();

  /** When the payment ended, in UTC. */
  Optional<LocalDateTime> transEndTime();

  /** Why it failed, when {@link #transStatus()} is {@link TransStatus#FAILED}. */
  Optional<String> transErrorCode();

  Optional<String> transErrorMsg();
}
