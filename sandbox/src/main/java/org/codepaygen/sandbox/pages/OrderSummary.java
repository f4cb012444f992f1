package org.codepaygen.sandbox.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.codepaygen.runtime.Language;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.sandbox.state.CustomerSession;
import org.codepaygen.sandbox.state.TransactionView;

/**
 * What the customer is asked to pay, as every payment page shows it: merchant, order number, amount, description
 * and the {@code order_detail} items. All of it is the merchant's text, so all of it goes through {@link Html#text}.
 */
final class OrderSummary {
  private static final DateTimeFormatter EXPIRY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private OrderSummary() {}

  static void write(Html html, CustomerSession session, Language language) {
    TransactionView order = session.transaction();
    html.element("p", amount(order), "class", "amount", "id", "amount");
    html.open("dl");
    entry(html, PageText.MERCHANT.in(language), order.merchantNo(), "merchant");
    entry(html, PageText.ORDER_NO.in(language), order.merchantOrderNo(), "order-no");
    entry(html, PageText.TRANS_NO.in(language), order.transNo(), "trans-no");
    if (order.description() != null) {
      entry(html, PageText.DESCRIPTION.in(language), order.description(), "description");
    }
    entry(html, PageText.EXPIRES_AT.in(language), EXPIRY.format(session.expiresAt()), "expires");
    html.close("dl");
    items(html, session.orderDetail(), language);
  }

  static String amount(TransactionView order) {
    return order.currency() + " " + order.transAmount().toPlainString();
  }

  private static void entry(Html html, String term, String value, String id) {
    html.element("dt", term).element("dd", value == null ? "" : value, "id", id);
  }

  /** The items of {@code order_detail.data.items}; a detail that is not such JSON shows no table. */
  private static void items(Html html, String orderDetail, Language language) {
    JsonNode items = parse(orderDetail).path("data").path("items");
    if (!items.isArray() || items.isEmpty()) {
      return;
    }
    html.element("h2", PageText.ITEMS.in(language), "class", "hint").open("table", "id", "items").open("tr")
        .element("th", PageText.ITEM.in(language))
        .element("th", PageText.QUANTITY.in(language), "class", "n")
        .element("th", PageText.UNIT_PRICE.in(language), "class", "n")
        .element("th", PageText.LINE_AMOUNT.in(language), "class", "n")
        .close("tr");
    for (JsonNode item : items) {
      html.open("tr")
          .element("td", item.path("name").asText(item.path("code").asText("")))
          .element("td", item.path("quantity").asText(""), "class", "n")
          .element("td", item.path("unit_price").asText(""), "class", "n")
          .element("td", item.path("amount").asText(""), "class", "n")
          .close("tr");
    }
    html.close("table");
  }

  private static JsonNode parse(String orderDetail) {
    if (orderDetail == null) {
      return CodePayJson.mapper().missingNode();
    }
    try {
      return CodePayJson.mapper().readTree(orderDetail);
    } catch (JsonProcessingException e) {
      return CodePayJson.mapper().missingNode();
    }
  }
}
