package org.codepaygen.sandbox.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.sandbox.state.Completion;
import org.codepaygen.sandbox.state.CustomerSession;
import org.codepaygen.sandbox.state.NewTransaction;
import org.codepaygen.sandbox.state.OrderBook;
import org.codepaygen.sandbox.state.SessionKind;
import org.codepaygen.sandbox.state.StateException;
import org.codepaygen.sandbox.state.TransType;
import org.codepaygen.sandbox.state.TransactionView;

/**
 * The online and QR methods (protocol §8) but the merchant checkout: a hosted checkout or payment link paid on
 * the sandbox's page, a QR code the customer scans (the same page), and a wallet code the merchant scans, which
 * the simulated wallet completes after the sandbox's delay. Each makes a sale like a Cloud payment, queried,
 * refunded, revoked and notified the same way.
 */
final class OnlineHandlers {
  /** How long a customer page waits when {@code expires} is not sent: this sandbox's choice. */
  static final Duration DEFAULT_EXPIRY = Duration.ofMinutes(30);
  private static final String CARD = "VISA";
  private static final String WALLET = "WECHATPAY";

  private final OrderBook book;
  private final CustomerUrls urls;

  OnlineHandlers(OrderBook book, CustomerUrls urls) {
    this.book = book;
    this.urls = urls;
  }

  /** {@code pay.checkout}: answers the {@code pay_url} of the hosted checkout page. */
  ObjectNode checkout(WireRequest request) throws GatewayException {
    jsonObject(request, "ext_params");
    String orderDetail = jsonObject(request, "order_detail");
    CustomerSession session = open(request, CARD, Completion.byCustomer(
        SessionKind.CHECKOUT, expiry(request), returnUrl(request), orderDetail));
    ObjectNode data = CodePayJson.mapper().createObjectNode();
    data.put("pay_url", urls.page(session.token()));
    return data;
  }

  /** {@code pay.unifiedorder}: answers the {@code pay_url} of the payment link, with the amounts. */
  ObjectNode unifiedOrder(WireRequest request) throws GatewayException {
    jsonObject(request, "ext_params");
    CustomerSession session = open(request, payMethod(request, WALLET), Completion.byCustomer(
        SessionKind.PAYMENT_LINK, expiry(request), returnUrl(request), null));
    ObjectNode data = amounts(session.transaction());
    data.put("pay_url", urls.page(session.token()));
    return data;
  }

  /** {@code cscanb.pay.getqrcode}: answers the {@code qrcode_url} the customer scans, with the amounts. */
  ObjectNode qrCode(WireRequest request) throws GatewayException {
    jsonObject(request, "ext_params");
    CustomerSession session = open(request, payMethod(request, WALLET), Completion.byCustomer(
        SessionKind.QR_CODE, expiry(request), null, null));
    ObjectNode data = amounts(session.transaction());
    data.put("trans_no", session.transaction().transNo());
    data.put("qrcode_url", urls.page(session.token()));
    return data;
  }

  /**
   * {@code bscanc.pay.submit}: the wallet behind the scanned {@code auth_code} completes after the sandbox's delay
   * (at once with no delay); answers the transaction as {@code order.query} would.
   */
  ObjectNode scanSubmit(WireRequest request) throws GatewayException {
    jsonObject(request, "ext_params");
    // Checked for form only: the wallet answers within the sandbox's delay, long before any expiry.
    expiry(request);
    TransactionView created;
    try {
      created = book.create(sale(request, payMethod(request, WALLET)), Completion.afterDelay());
    } catch (StateException refused) {
      throw StateErrors.toGateway(refused);
    }
    TransactionView now = book.find(created.merchantNo(), created.merchantOrderNo(), null).orElse(created);
    return TransactionFields.of(now);
  }

  private CustomerSession open(WireRequest request, String payMethodId, Completion.ByCustomer completion)
      throws GatewayException {
    try {
      return book.open(sale(request, payMethodId), completion);
    } catch (StateException refused) {
      throw StateErrors.toGateway(refused);
    }
  }

  private static NewTransaction sale(WireRequest request, String payMethodId) throws GatewayException {
    String currency = request.value("price_currency");
    int digits = Amounts.fractionDigits(currency);
    // trans_amount is checked for form only: the sources do not say how it may differ from order_amount.
    Amounts.parse(request, "trans_amount", digits, false);
    return new NewTransaction(
        request.value("merchant_no"), request.value("merchant_order_no"), TransType.SALE, currency, digits,
        Amounts.parse(request, "order_amount", digits, false), null, request.value("terminal_sn"),
        request.value("store_no"), null, payMethodId, request.value("description"), request.value("attach"),
        PaymentHandlers.notifyUrl(request), null, request.requestId());
  }

  /** No fee and no VAT in the sandbox: the customer pays the order amount. */
  private static ObjectNode amounts(TransactionView created) {
    ObjectNode data = CodePayJson.mapper().createObjectNode();
    BigDecimal none = BigDecimal.ZERO.setScale(created.transAmount().scale());
    data.put("trans_amount", created.transAmount());
    data.put("trans_fee_c", none);
    data.put("vat_amount", none);
    return data;
  }

  private static String payMethod(WireRequest request, String otherwise) {
    String given = request.value("pay_method_id");
    return given != null ? given : otherwise;
  }

  /** {@code expires} in seconds, at least 1; {@link #DEFAULT_EXPIRY} when absent. */
  static Duration expiry(WireRequest request) throws GatewayException {
    String seconds = request.value("expires");
    if (seconds == null) {
      return DEFAULT_EXPIRY;
    }
    long value = Long.parseLong(seconds);
    if (value < 1) {
      throw new GatewayException(ErrorCode.INVALID_PARAMETER, "expires");
    }
    return Duration.ofSeconds(value);
  }

  /** An absolute http or https URL the customer's browser is sent to; any host, since the browser goes there. */
  static String returnUrl(WireRequest request) throws GatewayException {
    String url = request.value("return_url");
    if (url == null) {
      return null;
    }
    try {
      URI uri = new URI(url);
      if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null) {
        return url;
      }
    } catch (URISyntaxException e) {
      // refused below
    }
    throw new GatewayException(ErrorCode.INVALID_PARAMETER, "return_url");
  }

  /** A member that travels as a JSON-encoded string (protocol §1) must hold a JSON object; returns its text. */
  static String jsonObject(WireRequest request, String name) throws GatewayException {
    String text = request.value(name);
    if (text == null) {
      return null;
    }
    try {
      JsonNode parsed = CodePayJson.mapper().readTree(text);
      if (parsed != null && parsed.isObject()) {
        return text;
      }
    } catch (IOException e) {
      // refused below
    }
    throw new GatewayException(ErrorCode.INVALID_PARAMETER, name + " (a JSON object as a string)");
  }
}
