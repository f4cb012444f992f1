package org.codepaygen.api.qr;

import java.math.BigDecimal;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;

/** The QR code to show the customer, and the payment it belongs to. */
@CodePayModel
public interface QrCode {
  String transNo();

  /** The text to encode in the QR code the customer scans. */
  String qrcodeUrl();

  Optional<String> payOriginalRequest();

  Optional<String> payOriginalResponse();

  Optional<BigDecimal> transAmount();

  Optional<BigDecimal> transFeeC();

  Optional<BigDecimal> vatAmount();
}
