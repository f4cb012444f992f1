package org.codepaygen.runtime.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.codepaygen.runtime.TestVectors;
import org.codepaygen.runtime.json.WireMembers;
import org.codepaygen.runtime.signing.CanonicalForm;
import org.codepaygen.runtime.signing.RequestSigner;
import org.codepaygen.runtime.signing.SignatureVerifier;
import org.junit.jupiter.api.Test;

class RequestEncoderTest {
  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1700000000000L), ZoneOffset.UTC);

  private final RequestEncoder encoder = new RequestEncoder(
      new Envelope("wz6012822ca2f1as78", "302300000926", "4123000007", CLOCK),
      new RequestSigner(TestVectors.merchantPrivateKey()));

  private static Map<String, Object> body(Object... pairs) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      body.put((String) pairs[i], pairs[i + 1]);
    }
    return body;
  }

  @Test
  void signsExactlyTheBytesItSends() throws Exception {
    byte[] sent = encoder.encode("wisehub.cloud.pay.order", body("order_amount", new BigDecimal("34.50")));

    WireMembers members = WireMembers.parse(sent);
    assertThat(new SignatureVerifier(TestVectors.merchantPublicKey())
            .verify(CanonicalForm.of(members.wireTexts()), members.text("sign")))
        .isTrue();
  }

  @Test
  void keepsAmountScaleAndPlainNotation() {
    byte[] sent = encoder.encode("order.query", body("order_amount", new BigDecimal("34.50"),
        "tip_amount", new BigDecimal("1E+1")));

    assertThat(new String(sent, StandardCharsets.UTF_8)).contains("\"order_amount\":34.50", "\"tip_amount\":10");
  }

  @Test
  void reproducesOpensslVectorForSameFieldsAndTime() throws Exception {
    TestVectors.Vector vector = TestVectors.signatureVectors().stream()
        .filter(v -> v.name().equals("create-order-amount-text-kept")).findFirst().orElseThrow();
    WireMembers expected = WireMembers.parse(vector.body().getBytes(StandardCharsets.UTF_8));
    Map<String, Object> business = new LinkedHashMap<>();
    expected.wireTexts().forEach((name, text) -> {
      if (!Envelope.RESERVED.contains(name)) {
        business.put(name, expected.value(name));
      }
    });

    WireMembers sent = WireMembers.parse(encoder.encode("wisehub.cloud.pay.order", business));

    assertThat(sent.text("sign")).isEqualTo(vector.sign());
  }

  @Test
  void dropsEmptyStringsInsteadOfSendingThem() throws Exception {
    WireMembers sent = WireMembers.parse(encoder.encode("order.query", body("attach", "", "merchant_order_no", "M1")));

    assertThat(sent.wireTexts()).doesNotContainKey("attach").containsKey("merchant_order_no");
  }

  enum Kind {
    @org.codepaygen.annotations.UnknownCode UNKNOWN
  }

  @Test
  void ruleBrokenWhileWritingReachesCallerUnwrapped() {
    assertThatThrownBy(() -> encoder.encode("order.query", body("kind", Kind.UNKNOWN)))
        .isInstanceOfSatisfying(org.codepaygen.runtime.error.ValidationException.class,
            e -> assertThat(e.rule()).isEqualTo("KNOWN_CODE"));
  }

  @Test
  void refusesBodyThatSetsAnEnvelopeMember() {
    assertThatThrownBy(() -> encoder.encode("order.query", body("timestamp", "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("envelope member timestamp");
  }
}
