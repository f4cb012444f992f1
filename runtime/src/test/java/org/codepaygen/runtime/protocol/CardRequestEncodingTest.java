package org.codepaygen.runtime.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.TestVectors;
import org.codepaygen.runtime.card.CardDetails;
import org.codepaygen.runtime.card.CardEncryption;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.json.WireMembers;
import org.codepaygen.runtime.keys.CodePayKeys;
import org.codepaygen.runtime.signing.RequestSigner;
import org.junit.jupiter.api.Test;

/** A request carrying {@link CardDetails} leaves with ciphertext and {@code enc_type}, and never in clear. */
class CardRequestEncodingTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
  private static final PrivateKey GATEWAY_PRIVATE =
      CodePayKeys.privateKey(Fixtures.text(Fixtures.GATEWAY_PRIVATE_PKCS8));

  private final RequestEncoder encoder = new RequestEncoder(
      new Envelope("wz6012822ca2f1as78", "302300000926", null, CLOCK),
      new RequestSigner(TestVectors.merchantPrivateKey()),
      CardEncryption.rsa(CodePayKeys.publicKey(Fixtures.text(Fixtures.GATEWAY_PUBLIC))),
      CLOCK);

  private static CardDetails card() {
    return CardDetails.builder().pan("4242424242424242").expiry(YearMonth.of(2030, 1)).cvv("987").clock(CLOCK).build();
  }

  private static Map<String, Object> checkout(CardDetails card) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("merchant_order_no", "W-1");
    body.put("card", card);
    return body;
  }

  @Test
  void theCardTravelsEncryptedBesideItsEncType() throws Exception {
    byte[] sent = encoder.encode("pay.merchant.checkout", checkout(card()));

    String text = new String(sent, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("4242424242424242", "987", "0130");
    WireMembers members = WireMembers.parse(sent);
    assertThat(members.text("enc_type")).isEqualTo("RSA");
    Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
    cipher.init(Cipher.DECRYPT_MODE, GATEWAY_PRIVATE);
    assertThat(new String(cipher.doFinal(Base64.getDecoder().decode(members.text("card"))), StandardCharsets.UTF_8))
        .isEqualTo("{\"card_type\":\"CREDIT\",\"pan\":\"4242424242424242\",\"expiry\":\"0130\",\"cvv\":\"987\"}");
  }

  @Test
  void anEncoderWithoutCardEncryptionRefusesACardAndDestroysIt() {
    RequestEncoder plain = new RequestEncoder(
        new Envelope("wz6012822ca2f1as78", "302300000926", null, CLOCK),
        new RequestSigner(TestVectors.merchantPrivateKey()));
    CardDetails card = card();

    assertThatThrownBy(() -> plain.encode("pay.merchant.checkout", checkout(card)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no card encryption");
    assertThat(card.isDestroyed()).isTrue();
  }

  @Test
  void aModelThatSetsEncTypeItselfIsRefused() {
    Map<String, Object> body = checkout(card());
    body.put("enc_type", "AES");

    assertThatThrownBy(() -> encoder.encode("pay.merchant.checkout", body))
        .hasMessageContaining("enc_type is set by the client");
  }

  @Test
  void cardDetailsCannotBeWrittenAsPlainJson() {
    assertThatThrownBy(() -> CodePayJson.mapper().writeValueAsString(checkout(card())))
        .hasMessageNotContaining("4242424242424242");
  }
}
