package org.codepaygen.runtime.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.codepaygen.runtime.notification.SignedNotifications.FORM;
import static org.codepaygen.runtime.notification.SignedNotifications.JSON;
import static org.codepaygen.runtime.notification.SignedNotifications.SALE_TRANS_NO;
import static org.codepaygen.runtime.notification.SignedNotifications.utf8;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.codepaygen.runtime.error.MalformedNotificationException;
import org.codepaygen.runtime.error.NotificationException;
import org.codepaygen.runtime.error.NotificationMismatchException;
import org.codepaygen.runtime.error.NotificationSignatureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Notifications made and signed by openssl are read, verified and decoded; every forgery and bad body is refused. */
class NotificationReaderTest {
  private final NotificationReader reader = new NotificationReader(SignedNotifications.gatewayPublicKey());

  /** The members a merchant's own class might name; the rest (risk_level, description, ...) are ignored. */
  static final class Sale {
    @JsonProperty("trans_no") String transNo;
    @JsonProperty("trans_status") String transStatus;
    @JsonProperty("order_amount") BigDecimal orderAmount;
    @JsonProperty("trans_end_time") LocalDateTime endTime;

    @Override
    public boolean equals(Object other) {
      return other instanceof Sale sale && Objects.equals(transNo, sale.transNo)
          && Objects.equals(transStatus, sale.transStatus) && Objects.equals(orderAmount, sale.orderAmount)
          && Objects.equals(endTime, sale.endTime);
    }

    @Override
    public int hashCode() {
      return Objects.hash(transNo, transStatus, orderAmount, endTime);
    }
  }

  private VerifiedNotification read(String body, String contentType) {
    return reader.read(utf8(body), contentType);
  }

  @Test
  void acceptsTheSaleOpensslSigned() {
    VerifiedNotification sale = read(SignedNotifications.saleJson(), JSON);

    assertThat(sale.transNo()).isEqualTo(SALE_TRANS_NO);
    assertThat(sale.transStatus()).isEqualTo("2");
    assertThat(sale.deliveryKey()).isEqualTo(SALE_TRANS_NO + "/2");
    assertThat(sale.psn()).isEmpty();
    assertThat(sale.members())
        .containsEntry("order_amount", "34.50")
        .containsEntry("tip_amount", "0.00")
        .containsEntry("description", "Café & croissant")
        .containsEntry("risk_level", "low")
        .doesNotContainKey("sign");
  }

  @Test
  void acceptsTheRefundAndExposesItsPsn() {
    VerifiedNotification refund = read(SignedNotifications.refundJson(), "application/json");

    assertThat(refund.deliveryKey()).isEqualTo("26112607010000000002/2");
    assertThat(refund.psn()).contains("26112607010012345678");
    assertThat(refund.member("orig_trans_no")).contains(SALE_TRANS_NO);
    assertThat(refund.toString()).isEqualTo(
        "VerifiedNotification[trans_no=26112607010000000002, trans_status=2, psn=26112607010012345678]");
  }

  @Test
  void jsonAndFormEncodedGiveTheSameVerifiedResult() {
    VerifiedNotification fromJson = read(SignedNotifications.saleJson(), JSON);
    VerifiedNotification fromForm = read(SignedNotifications.saleForm(), FORM);

    assertThat(fromForm.members()).isEqualTo(fromJson.members());
    assertThat(fromForm.deliveryKey()).isEqualTo(fromJson.deliveryKey());
    Sale decoded = fromJson.as(Sale.class);
    assertThat(fromForm.as(Sale.class)).isEqualTo(decoded);
    assertThat(decoded.orderAmount).isEqualTo(new BigDecimal("34.50"));
    assertThat(decoded.endTime).isEqualTo(LocalDateTime.of(2026, 11, 26, 6, 58, 3));
  }

  static final class WrongShape {
    @JsonProperty("trans_end_time") LocalDate endDate;
  }

  @Test
  void decodingIntoATypeTheMembersDoNotFitIsMalformed() {
    VerifiedNotification sale = read(SignedNotifications.saleJson(), JSON);

    assertThatThrownBy(() -> sale.as(WrongShape.class))
        .isInstanceOf(MalformedNotificationException.class)
        .hasMessageContaining("do not fit WrongShape");
  }

  static Stream<Arguments> everyMemberOfBothForms() {
    String json = SignedNotifications.saleJson();
    String form = SignedNotifications.saleForm();
    List<String> names = SignedNotifications.jsonMemberNames(json);
    assertThat(names).hasSize(15);
    return names.stream().flatMap(name -> Stream.of(
        Arguments.of(name, JSON, SignedNotifications.tamperJson(json, name)),
        Arguments.of(name, FORM, SignedNotifications.tamperForm(form, name))));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("everyMemberOfBothForms")
  void oneChangedCharacterInAnyMemberIsRefused(String member, String contentType, String tampered) {
    assertThatThrownBy(() -> read(tampered, contentType)).isInstanceOf(NotificationSignatureException.class);
  }

  @Test
  void missingSignIsRefused() {
    String unsigned = SignedNotifications.withoutJsonMember(SignedNotifications.saleJson(), "sign");

    assertThatThrownBy(() -> read(unsigned, JSON))
        .isInstanceOf(NotificationSignatureException.class)
        .hasMessageContaining("it has no sign")
        .extracting(e -> ((NotificationException) e).httpStatus()).isEqualTo(403);
  }

  @Test
  void signMadeWithTheMerchantKeyIsRefused() {
    assertThatThrownBy(() -> read(SignedNotifications.merchantSignedSale(), JSON))
        .isInstanceOf(NotificationSignatureException.class)
        .hasMessageContaining("does not verify");
  }

  @Test
  void unknownMemberRemovedAfterSigningIsRefused() {
    String stripped = SignedNotifications.withoutJsonMember(SignedNotifications.saleJson(), "risk_level");
    assertThat(stripped).doesNotContain("risk_level").contains("\"sign\"");

    assertThatThrownBy(() -> read(stripped, JSON)).isInstanceOf(NotificationSignatureException.class);
  }

  @Test
  void memberAddedAfterSigningIsRefused() {
    String added = SignedNotifications.saleJson().replace("{", "{\"refund_allowed\":true,");

    assertThatThrownBy(() -> read(added, JSON)).isInstanceOf(NotificationSignatureException.class);
  }

  @Test
  void aSecondSignMemberInAnotherCaseIsRefused() {
    // The canonical form leaves out every "sign" in any case, so such a member would ride along unsigned.
    String extra = SignedNotifications.saleJson().replace("{", "{\"Sign\":\"anything\",");

    assertThatThrownBy(() -> read(extra, JSON))
        .isInstanceOf(MalformedNotificationException.class)
        .hasMessageContaining("'Sign'");
  }

  @Test
  void duplicateMemberNamesAreRefusedInBothForms() {
    String json = SignedNotifications.saleJson().replace("{", "{\"order_amount\":0.01,");
    String form = "order_amount=0.01&" + SignedNotifications.saleForm();

    assertThatThrownBy(() -> read(json, JSON))
        .isInstanceOf(MalformedNotificationException.class)
        .hasMessageContaining("member 'order_amount' appears twice");
    assertThatThrownBy(() -> read(form, FORM))
        .isInstanceOf(MalformedNotificationException.class)
        .hasMessageContaining("member 'order_amount' appears twice");
  }

  static Stream<Arguments> badBodies() {
    String sale = SignedNotifications.saleJson();
    byte[] notUtf8 = utf8(sale);
    int e = sale.indexOf("é");
    notUtf8[e + 1] = (byte) 0x28;   // é is C3 A9; C3 28 is not UTF-8
    return Stream.of(
        Arguments.of("empty", new byte[0], JSON, 400, "it is empty"),
        Arguments.of("HTML page", utf8("<html><body>502 Bad Gateway</body></html>"), "text/html", 415,
            "'text/html'"),
        Arguments.of("HTML labelled JSON", utf8("<html><body>hi</body></html>"), JSON, 400,
            "not one complete JSON object"),
        Arguments.of("truncated", utf8(sale.substring(0, sale.length() / 2)), JSON, 400,
            "not one complete JSON object"),
        Arguments.of("not UTF-8", notUtf8, JSON, 400, "not valid UTF-8"),
        Arguments.of("Latin-1 charset", utf8(sale), "application/json; charset=ISO-8859-1", 415, "charset"),
        Arguments.of("no Content-Type", utf8(sale), null, 415, "no Content-Type"),
        Arguments.of("array", utf8("[" + sale + "]"), JSON, 400, "not one complete JSON object"),
        Arguments.of("nested object", utf8(sale.replace("{", "{\"data\":{\"a\":1},")), JSON, 400,
            "member 'data' is an object"),
        Arguments.of("nested array", utf8(sale.replace("{", "{\"items\":[1],")), JSON, 400,
            "member 'items' is an array"),
        Arguments.of("two objects", utf8(sale + sale), JSON, 400, "not one complete JSON object"),
        Arguments.of("bad %-escape", utf8("trans_no=1%G1&sign=x"), FORM, 400, "two hex digits"),
        Arguments.of("escaped bytes not UTF-8", utf8("trans_no=%C3%28&sign=x"), FORM, 400, "not valid UTF-8"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBodies")
  void badBodiesAreRefusedWithTheirStatus(String name, byte[] body, String contentType, int status, String why) {
    assertThatThrownBy(() -> reader.read(body, contentType))
        .isInstanceOf(MalformedNotificationException.class)
        .hasMessageContaining(why)
        .extracting(e -> ((NotificationException) e).httpStatus()).isEqualTo(status);
  }

  @Test
  void declaredLengthOverTheLimitIsRefusedUnread() {
    InputStream unreadable = new InputStream() {
      @Override
      public int read() {
        throw new AssertionError("the body was read");
      }
    };

    assertThatThrownBy(() -> reader.read(unreadable, NotificationReader.DEFAULT_MAX_BODY_BYTES + 1L, JSON))
        .isInstanceOf(MalformedNotificationException.class)
        .hasMessageContaining("larger than the limit of 65536 bytes")
        .extracting(e -> ((NotificationException) e).httpStatus()).isEqualTo(413);
  }

  @Test
  void bodyWithoutLengthIsReadOnlyUpToTheLimit() {
    ByteArrayInputStream huge = new ByteArrayInputStream(new byte[10 * NotificationReader.DEFAULT_MAX_BODY_BYTES]);

    assertThatThrownBy(() -> reader.read(huge, -1, JSON))
        .isInstanceOf(MalformedNotificationException.class)
        .extracting(e -> ((NotificationException) e).httpStatus()).isEqualTo(413);
    assertThat(huge.available()).isEqualTo(9 * NotificationReader.DEFAULT_MAX_BODY_BYTES - 1);
  }

  @Test
  void noRefusalQuotesTheSignature() {
    String sale = SignedNotifications.saleJson();
    String sign = SignedNotifications.saleSign();
    List<String> refused = List.of(
        SignedNotifications.tamperJson(sale, "order_amount"),
        SignedNotifications.tamperJson(sale, "sign"),
        sale.replace("{", "{\"sign\":\"" + sign + "\","),
        sale.replace("{", "{\"Sign\":\"" + sign + "\","),
        sale.substring(0, sale.indexOf(sign) + 100),
        sale.replace("\"sign\":\"", "\"sign\":"));

    for (String body : refused) {
      assertThatThrownBy(() -> read(body, JSON))
          .isInstanceOf(NotificationException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(sign.substring(0, 16)));
    }
  }

  @Test
  void orderCheckPassesForTheSameAmountAtAnyScale() {
    VerifiedNotification sale = read(SignedNotifications.saleJson(), JSON);

    sale.checkOrder("USD", new BigDecimal("34.50"));
    sale.checkOrder("USD", new BigDecimal("34.5"));
  }

  @Test
  void orderCheckReportsAnotherAmount() {
    VerifiedNotification sale = read(SignedNotifications.saleJson(), JSON);

    assertThatThrownBy(() -> sale.checkOrder("USD", new BigDecimal("34.51")))
        .isInstanceOf(NotificationMismatchException.class)
        .hasMessage("The notification for trans_no " + SALE_TRANS_NO
            + " does not match the order: its order_amount is 34.50, the order's is 34.51")
        .extracting(e -> ((NotificationMismatchException) e).member()).isEqualTo("order_amount");
  }

  @Test
  void orderCheckReportsAnotherCurrency() {
    VerifiedNotification sale = read(SignedNotifications.saleJson(), JSON);

    assertThatThrownBy(() -> sale.checkOrder("EUR", new BigDecimal("34.50")))
        .isInstanceOf(NotificationMismatchException.class)
        .hasMessageContaining("its price_currency is USD, the order's is EUR");
  }
}
