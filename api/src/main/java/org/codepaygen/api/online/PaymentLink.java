package org.codepaygen.api.online;

import java.math.BigDecimal;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;

/** The payment link was created; send the customer to {@link #payUrl()}. */
@CodePayModel
public interface PaymentLink {
  /** The payment page for a web payment. */
  Optional<String> payUrl();

  /** What a wallet's own SDK needs to pay in an app, as the wallet defines it. */
  Optional<String> payParams();

  /** The request CodePay sent the payment channel, for support. */
  Optional<String> payOriginalRequest();

  /** The payment channel's answer, for support. */
  Optional<String> payOriginalResponse();

  Optional<BigDecimal> transAmount();

  /** The fee charged to the customer, when the channel adds one. */
  Optional<BigDecimal> transFeeC();

  Optional<BigDecimal> vatAmount();
}
