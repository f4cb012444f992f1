package org.codepaygen.api.qr;

import org.codepaygen.annotations.CodePayApi;
import org.codepaygen.annotations.Endpoint;

/**
 * QR code payments. The processor generates {@code CodePay_QrPay}; get it with
 * {@code CodePayClient.create(QrPay.class)}. After an error of unknown outcome, query the {@code merchant_order_no}
 * (or revoke it) rather than calling again.
 */
@CodePayApi
public interface QrPay {
  /**
   * Charges the wallet whose payment code you scanned ({@code auth_code}). The answer may already be final
   * ({@code SUCCESS} or {@code FAILED}); while it is pending, query the order or wait for the notification.
   */
  @Endpoint("bscanc.pay.submit")
  QrPayment chargeScannedCode(ScannedCodePayment payment);

  /**
   * Creates a QR code for the customer to scan with a wallet. Show {@link QrCode#qrcodeUrl()} as a QR code (render
   * the text, do not fetch it); the outcome comes by notification, or query the order.
   */
  @Endpoint("cscanb.pay.getqrcode")
  QrCode createQrCode(QrCodeOrder order);
}
