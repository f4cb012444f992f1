package org.codepaygen.sample.cloud;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;

/**
 * A transaction as the gateway reports it. Strings may echo merchant input: escape them before rendering.
 */
@CodePayModel
public interface Transaction {
  String transNo();

  TransType transType();

  TransStatus transStatus();

  Optional<String> merchantOrderNo();

  Optional<String> priceCurrency();

  Optional<BigDecimal> orderAmount();

  Optional<BigDecimal> tipAmount();

  Optional<BigDecimal> transAmount();

  Optional<String> attach();

  Optional<String> terminalSn();

  Optional<PayScenario> payScenario();

  Optional<String> payMethodId();

  /** When the transaction ended, in UTC. */
  Optional<LocalDateTime> transEndTime();

  Optional<String> transErrorCode();

  Optional<String> transErrorMsg();

  /** For refunds: the transaction refunded. */
  Optional<String> origTransNo();
}
