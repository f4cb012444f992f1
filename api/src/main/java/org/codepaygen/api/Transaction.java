package org.codepaygen.api;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;

/**
 * A payment or refund as the gateway reports it: the answer to {@code order.query} and {@code order.refund.query},
 * and what a notification carries (read one with {@code VerifiedNotification.as(Transaction.class)}). Check
 * {@link #transStatus()} first; amounts are in the major unit of {@link #priceCurrency()}. Strings may echo
 * merchant input: escape them before rendering.
 */
@CodePayModel
public interface Transaction {
  String transNo();

  TransType transType();

  TransStatus transStatus();

  Optional<String> merchantOrderNo();

  Optional<String> priceCurrency();

  /** What the order asked for. */
  Optional<BigDecimal> orderAmount();

  Optional<BigDecimal> tipAmount();

  /** Cash given back to the customer on top of the sale. */
  Optional<BigDecimal> cashbackAmount();

  /** What was actually charged (or refunded). */
  Optional<BigDecimal> transAmount();

  /** The fee charged to the customer, when the acquirer adds one. */
  Optional<BigDecimal> transFeeC();

  Optional<BigDecimal> vatAmount();

  /** The currency the merchant is settled in, when it differs from {@link #priceCurrency()}. */
  Optional<String> settlementCurrency();

  Optional<String> attach();

  Optional<String> description();

  /** The terminal, for Cloud payments. */
  Optional<String> terminalSn();

  Optional<PayScenario> payScenario();

  /** The payment method, such as a card scheme or wallet id. */
  Optional<String> payMethodId();

  /** The payment channel's own transaction number. */
  Optional<String> payChannelTransNo();

  /** The customer's account at the payment channel, masked by the gateway. */
  Optional<String> payUserAccountId();

  /** The acquirer's reference number. */
  Optional<String> refNo();

  /** When the transaction ended, in UTC. */
  Optional<LocalDateTime> transEndTime();

  /** Why it failed, when {@link #transStatus()} is {@link TransStatus#FAILED}. */
  Optional<String> transErrorCode();

  Optional<String> transErrorMsg();

  /** For refunds, voids, pre-auth cancels and completions: the transaction they apply to. */
  Optional<String> origTransNo();

  Optional<String> origMerchantOrderNo();
}
