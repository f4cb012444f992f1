package org.codepaygen.sandbox.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.rules.CodePayDates;
import org.codepaygen.sandbox.card.Card;
import org.codepaygen.sandbox.card.CardCipher;
import org.codepaygen.sandbox.card.CardException;
import org.codepaygen.sandbox.state.Completion;
import org.codepaygen.sandbox.state.CustomerSession;
import org.codepaygen.sandbox.state.NewTransaction;
import org.codepaygen.sandbox.state.OrderBook;
import org.codepaygen.sandbox.state.Outcome;
import org.codepaygen.sandbox.state.SessionKind;
import org.codepaygen.sandbox.state.StateException;
import org.codepaygen.sandbox.state.TransStatus;
import org.codepaygen.sandbox.state.TransType;
import org.codepaygen.sandbox.state.TransactionView;

/**
 * {@code pay.merchant.checkout}: the merchant's own card form sends the encrypted card (protocol §9). The card is
 * decrypted, checked and reduced to how the test card behaves before anything is created; a card that does not
 * decrypt or parse is refused with {@code E08003} naming the rule, never a value. The payment ends at once, or,
 * for the 3-D Secure test card, when the customer has passed the challenge at {@code redirect_url_3dsecure}.
 */
final class MerchantCheckoutHandler {
  private final OrderBook book;
  private final CustomerUrls urls;
  private final CardCipher cipher;
  private final Clock clock;

  MerchantCheckoutHandler(OrderBook book, CustomerUrls urls, CardCipher cipher, Clock clock) {
    this.book = book;
    this.urls = urls;
    this.cipher = cipher;
    this.clock = clock;
  }

  ObjectNode checkout(WireRequest request) throws GatewayException {
    OnlineHandlers.jsonObject(request, "ext_params");
    String returnUrl = OnlineHandlers.returnUrl(request);
    Duration expiry = OnlineHandlers.expiry(request);
    Card card = card(request);
    String currency = request.value("price_currency");
    int digits = Amounts.fractionDigits(currency);
    NewTransaction sale = new NewTransaction(
        request.value("merchant_no"), request.value("merchant_order_no"), TransType.SALE, currency, digits,
        Amounts.parse(request, "order_amount", digits, false), null, null, request.value("store_no"), null,
        card.brand(), request.value("description"), request.value("attach"), PaymentHandlers.notifyUrl(request),
        null, request.requestId());
    String challengeUrl = null;
    TransactionView created;
    try {
      if (card.behaviour() == Card.Behaviour.CHALLENGE) {
        CustomerSession session =
            book.open(sale, Completion.byCustomer(SessionKind.THREE_D_SECURE, expiry, returnUrl, null));
        challengeUrl = urls.page(session.token());
        created = session.transaction();
      } else {
        Outcome outcome = card.behaviour() == Card.Behaviour.DECLINED
            ? Outcome.DECLINED : Outcome.forAmount(sale.orderAmount(), digits);
        created = book.create(sale, Completion.atOnce(outcome));
      }
    } catch (StateException refused) {
      throw StateErrors.toGateway(refused);
    }
    return answer(created, challengeUrl);
  }

  /** Decrypts and checks the card; the plaintext is wiped whatever happens. */
  private Card card(WireRequest request) throws GatewayException {
    byte[] plaintext = null;
    try {
      plaintext = switch (request.value("enc_type")) {
        case "RSA" -> cipher.decryptRsa(request.value("card"));
        case "AES" -> {
          if (!cipher.hasAesKey()) {
            throw new GatewayException(
                ErrorCode.INVALID_PARAMETER, "enc_type (AES needs the sandbox started with an app AES key)");
          }
          yield cipher.decryptAes(request.value("card"));
        }
        default -> throw new IllegalStateException("enc_type passed its pattern");
      };
      return Card.parse(plaintext, clock);
    } catch (CardException refused) {
      throw new GatewayException(ErrorCode.INVALID_PARAMETER, refused.getMessage());
    } finally {
      if (plaintext != null) {
        Arrays.fill(plaintext, (byte) 0);
      }
    }
  }

  /**
   * {@code trans_no}, {@code trans_status}, the challenge URL when there is one, and once the payment has ended its
   * end time, the channel's and the acquirer's references (derived from {@code trans_no}: the sandbox has no
   * channel) and, when paid, the method. The card itself is never echoed, not even masked.
   */
  private static ObjectNode answer(TransactionView created, String challengeUrl) {
    ObjectNode data = CodePayJson.mapper().createObjectNode();
    data.put("trans_no", created.transNo());
    data.put("trans_status", created.status());
    if (challengeUrl != null) {
      data.put("redirect_url_3dsecure", challengeUrl);
    }
    if (created.endTime() != null) {
      data.put("trans_end_time", CodePayDates.formatDateTime(created.endTime().truncatedTo(ChronoUnit.SECONDS)));
      data.put("pay_channel_trans_no", "SBX" + created.transNo());
      data.put("ref_no", created.transNo().substring(created.transNo().length() - 12));
    }
    if (created.status() == TransStatus.SUCCESS) {
      data.put("pay_method_id", created.payMethodId());
    }
    if (created.errorCode() != null) {
      data.put("trans_error_code", created.errorCode());
      data.put("trans_error_msg", created.errorMessage());
    }
    return data;
  }
}
