package org.codepaygen.api.online;

import org.codepaygen.annotations.CodePayApi;
import org.codepaygen.annotations.Endpoint;

/**
 * Online payments. The processor generates {@code CodePay_OnlineCheckout}; get it with
 * {@code CodePayClient.create(OnlineCheckout.class)}. Each call creates a payment under your
 * {@code merchant_order_no}; after an error of unknown outcome, query that number (or revoke it) rather than calling
 * again.
 */
@CodePayApi
public interface OnlineCheckout {
  /**
   * Creates a payment on CodePay's hosted checkout page. Send the customer's browser to
   * {@link CheckoutPage#payUrl()}; CodePay takes the card or wallet there, then sends the customer back to
   * {@code return_url} and posts the outcome to {@code notify_url}. Do not trust the return alone: wait for the
   * notification or query the order.
   */
  @Endpoint("pay.checkout")
  CheckoutPage createCheckout(HostedCheckout checkout);

  /**
   * Charges a card your own page collected. Pass the card as {@code CardDetails}: the client checks it (Luhn,
   * expiry), encrypts it with the gateway's public key (or the app's AES key when the client is configured so) and
   * sends the ciphertext with {@code enc_type}; the card itself is never sent, logged or kept. When the answer has
   * {@link MerchantCheckoutResult#redirectUrl3dsecure()}, send the customer's browser there to pass 3-D Secure; the
   * payment then completes like a hosted one (notification, or query).
   */
  @Endpoint("pay.merchant.checkout")
  MerchantCheckoutResult checkoutCard(MerchantCheckout checkout);

  /**
   * Creates a web or wallet payment link. Send the customer to {@link PaymentLink#payUrl()} (or hand
   * {@link PaymentLink#payParams()} to the wallet's SDK); the outcome comes as for a hosted checkout.
   */
  @Endpoint("pay.unifiedorder")
  PaymentLink createPaymentLink(UnifiedOrder order);
}
