package org.codepaygen.sandbox.pages;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.codepaygen.runtime.Language;
import org.codepaygen.sandbox.state.CustomerAction;
import org.codepaygen.sandbox.state.CustomerSession;
import org.codepaygen.sandbox.state.OrderBook;
import org.codepaygen.sandbox.state.SessionKind;
import org.codepaygen.sandbox.state.StateException;
import org.codepaygen.sandbox.state.TransStatus;

/**
 * The customer's side of the online payments: the page behind a {@code pay_url}, {@code redirect_url_3dsecure} or
 * {@code qrcode_url} token, and what happens when its form is posted. The order book decides; this class only
 * turns the customer's button into a {@link CustomerAction} and the book's answer into a page or a redirect.
 *
 * <p>Every page's form posts to the page's own URL, {@code application/x-www-form-urlencoded}, with the field
 * {@value #ACTION}: on a checkout {@value #PAY} (with {@code card_number}, {@code card_expiry} as {@code MM/YY} and
 * {@code card_cvv}), {@value #DECLINE} or {@value #ABANDON}; on a 3-D Secure challenge {@value #APPROVE} or
 * {@value #FAIL} ({@value #PAY} and {@value #DECLINE} mean the same there); on a payment link {@value #PAY},
 * {@value #DECLINE} or {@value #ABANDON}; on a QR code {@value #PAY}.
 */
public final class CustomerPages {
  /** The form field that carries the customer's choice. */
  public static final String ACTION = "action";
  /** Pay: with the card fields on a checkout; scan and pay on a QR code; pass a 3-D Secure challenge. */
  public static final String PAY = "pay";
  /** Have the payment declined, or fail a 3-D Secure challenge. */
  public static final String DECLINE = "decline";
  /** Leave without paying; the payment waits until it expires. */
  public static final String ABANDON = "abandon";
  /** Pass the 3-D Secure challenge. */
  public static final String APPROVE = "approve";
  /** Fail the 3-D Secure challenge. */
  public static final String FAIL = "fail";

  private final OrderBook orders;
  private final Clock clock;

  public CustomerPages(OrderBook orders, Clock clock) {
    this.orders = orders;
    this.clock = clock;
  }

  /**
   * The page of {@code token}: checkout, challenge or QR code while the payment waits for the customer, else a
   * notice of why not (404 unknown, 410 expired, 409 already paid or closed).
   *
   * @param pageUrl the page's own URL, which the QR code holds
   */
  public Page show(String token, String pageUrl, Language language) {
    Optional<CustomerSession> found = orders.session(token);
    if (found.isEmpty()) {
      return NoticePage.UNKNOWN.render(language);
    }
    CustomerSession session = found.get();
    if (!session.open()) {
      return whyNotOpen(session).render(language);
    }
    return switch (session.kind()) {
      case CHECKOUT -> CheckoutPage.render(session, language, false);
      case PAYMENT_LINK -> PaymentLinkPage.render(session, language);
      case THREE_D_SECURE -> ChallengePage.render(session, language);
      case QR_CODE -> QrCodePage.render(session, pageUrl, language);
    };
  }

  /**
   * Does what the posted form asks. Afterwards the browser is sent to the merchant's {@code return_url} (303) or,
   * without one, shown the outcome; a card that breaks a rule brings the checkout back (422) and a card that asks
   * for 3-D Secure brings the challenge.
   */
  public Page post(String token, Map<String, String> form, Language language) {
    Optional<CustomerSession> found = orders.session(token);
    if (found.isEmpty()) {
      return NoticePage.UNKNOWN.render(language);
    }
    CustomerSession session = found.get();
    if (!session.open()) {
      return whyNotOpen(session).render(language);
    }
    String action = form.getOrDefault(ACTION, "");
    if (!allowed(session.kind(), action)) {
      return NoticePage.BAD_FORM.render(language);
    }
    return switch (action) {
      case PAY -> session.kind() == SessionKind.CHECKOUT
          ? payByCard(session, form, language) : act(token, CustomerAction.PAY, language);
      case APPROVE -> act(token, CustomerAction.PAY, language);
      case DECLINE, FAIL -> act(token, CustomerAction.DECLINE, language);
      default -> act(token, CustomerAction.ABANDON, language);
    };
  }

  private Page payByCard(CustomerSession session, Map<String, String> form, Language language) {
    Optional<CardEntry> card = CardEntry.of(form, clock);
    if (card.isEmpty()) {
      return CheckoutPage.render(session, language, true);
    }
    return switch (card.get()) {
      case APPROVED -> act(session.token(), CustomerAction.PAY, language);
      case DECLINED -> act(session.token(), CustomerAction.DECLINE, language);
      case CHALLENGED -> ChallengePage.render(session, language);
    };
  }

  private Page act(String token, CustomerAction action, Language language) {
    CustomerSession after;
    try {
      after = orders.act(token, action);
    } catch (StateException raced) {
      // Another tab or a double click acted first: say where the payment stands now.
      return orders.session(token).map(s -> whyNotOpen(s).render(language))
          .orElseGet(() -> NoticePage.UNKNOWN.render(language));
    }
    Optional<URI> back = Layout.returnUrl(after.returnUrl());
    if (back.isPresent()) {
      return Page.seeOther(back.get().toASCIIString());
    }
    return outcome(after).render(language);
  }

  /** A checkout's challenge comes from its card, so it takes the challenge's answers too. */
  private static boolean allowed(SessionKind kind, String action) {
    return switch (kind) {
      case CHECKOUT -> Set.of(PAY, DECLINE, ABANDON, APPROVE, FAIL).contains(action);
      case PAYMENT_LINK -> Set.of(PAY, DECLINE, ABANDON).contains(action);
      case THREE_D_SECURE -> Set.of(PAY, DECLINE, APPROVE, FAIL).contains(action);
      case QR_CODE -> action.equals(PAY);
    };
  }

  private static NoticePage outcome(CustomerSession after) {
    int status = after.transaction().status();
    if (status == TransStatus.SUCCESS) {
      return NoticePage.PAID;
    }
    if (status == TransStatus.CLOSED_OR_FAILED) {
      return NoticePage.FAILED;
    }
    return after.open() ? NoticePage.ABANDONED : NoticePage.PROCESSING;
  }

  private static NoticePage whyNotOpen(CustomerSession session) {
    int status = session.transaction().status();
    if (status == TransStatus.SUCCESS) {
      return NoticePage.ALREADY_PAID;
    }
    if ("EXPIRED".equals(session.transaction().errorCode())) {
      return NoticePage.EXPIRED;
    }
    return status == TransStatus.PUSHED ? NoticePage.PROCESSING : NoticePage.CLOSED;
  }
}
