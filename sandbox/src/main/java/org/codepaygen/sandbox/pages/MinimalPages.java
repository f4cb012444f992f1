package org.codepaygen.sandbox.pages;

import static org.eclipse.jetty.util.StringUtil.sanitizeXmlString;

import org.codepaygen.sandbox.state.CustomerSession;
import org.codepaygen.sandbox.state.SessionKind;
import org.codepaygen.sandbox.state.TransStatus;
import org.codepaygen.sandbox.state.TransactionView;

/** Plain HTML pages with nothing but the amount, the description, the state and the customer's buttons. */
public final class MinimalPages implements CustomerPages {
  @Override
  public String session(CustomerSession session) {
    TransactionView payment = session.transaction();
    StringBuilder body = new StringBuilder()
        .append("<h1>").append(title(session.kind())).append("</h1>\n")
        .append("<p>").append(escape(payment.currency())).append(' ')
        .append(payment.transAmount().toPlainString()).append("</p>\n");
    if (payment.description() != null) {
      body.append("<p>").append(escape(payment.description())).append("</p>\n");
    }
    if (session.open()) {
      boolean challenge = session.kind() == SessionKind.THREE_D_SECURE;
      body.append("<form method=\"post\">\n")
          .append(button(PAY, challenge ? "Approve" : "Pay"))
          .append(button(DECLINE, challenge ? "Fail" : "Decline"))
          .append(button(ABANDON, "Abandon"))
          .append("</form>\n");
    } else {
      body.append("<p>").append(state(payment)).append("</p>\n");
    }
    return page(title(session.kind()), body.toString());
  }

  @Override
  public String notFound() {
    return page("Not found", "<h1>Not found</h1>\n<p>This payment page does not exist.</p>\n");
  }

  private static String title(SessionKind kind) {
    return switch (kind) {
      case CHECKOUT -> "Checkout";
      case QR_CODE -> "QR code payment";
      case THREE_D_SECURE -> "3-D Secure";
    };
  }

  private static String state(TransactionView payment) {
    return switch (payment.status()) {
      case TransStatus.SUCCESS -> "Paid";
      case TransStatus.PUSHED -> "Processing";
      case TransStatus.CANCELLED -> "Cancelled";
      default -> "Not paid: " + escape(payment.errorCode());
    };
  }

  private static String button(String action, String label) {
    return "<button type=\"submit\" name=\"" + ACTION + "\" value=\"" + action + "\">" + label + "</button>\n";
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>" + title
        + " - CodePay sandbox</title></head>\n<body>\n" + body + "</body>\n</html>\n";
  }

  private static String escape(String text) {
    return text == null ? "" : sanitizeXmlString(text);
  }
}
