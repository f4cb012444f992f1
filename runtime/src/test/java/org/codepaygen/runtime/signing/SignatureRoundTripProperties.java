package org.codepaygen.runtime.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.codepaygen.runtime.TestVectors;
import org.codepaygen.runtime.json.WireMembers;
import org.codepaygen.runtime.protocol.Envelope;
import org.codepaygen.runtime.protocol.RequestEncoder;

/**
 * What a sender signs is what a receiver checks: random flat bodies go through the encoder, over the wire as bytes,
 * and back through the receiving parser; any one-character change breaks the signature.
 */
class SignatureRoundTripProperties {
  private static final RequestSigner SIGNER = new RequestSigner(TestVectors.merchantPrivateKey());
  private static final SignatureVerifier VERIFIER = new SignatureVerifier(TestVectors.merchantPublicKey());
  private static final RequestEncoder ENCODER = new RequestEncoder(
      new Envelope("app", "302300000926", null, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)), SIGNER);

  @Provide
  Arbitrary<Map<String, Object>> flatBodies() {
    Arbitrary<String> keys = Arbitraries.strings().withCharRange('a', 'z').withChars('_', 'A', 'Z', '0')
        .ofMinLength(1).ofMaxLength(12)
        .filter(k -> !Envelope.RESERVED.contains(k));
    Arbitrary<Object> values = Arbitraries.oneOf(
        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30)
            .filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c)))
            .map(s -> (Object) s),
        Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, 6))
            .as((unscaled, scale) -> (Object) BigDecimal.valueOf(unscaled, scale)),
        Arbitraries.integers().map(i -> (Object) i),
        Arbitraries.of(true, false).map(b -> (Object) b));
    return Arbitraries.maps(keys, values).ofMinSize(1).ofMaxSize(12).map(LinkedHashMap::new);
  }

  @Property
  void encodedBodyVerifiesWhereItIsReceived(@ForAll("flatBodies") Map<String, Object> body) throws Exception {
    WireMembers received = WireMembers.parse(ENCODER.encode("order.query", body));

    assertThat(VERIFIER.verify(CanonicalForm.of(received.wireTexts()), received.text("sign"))).isTrue();
  }

  @Property
  void anyOneCharacterChangeBreaksTheSignature(
      @ForAll("flatBodies") Map<String, Object> body, @ForAll int which, @ForAll char replacement)
      throws Exception {
    WireMembers received = WireMembers.parse(ENCODER.encode("order.query", body));
    Map<String, String> texts = new LinkedHashMap<>(received.wireTexts());
    String key = texts.keySet().stream().filter(k -> !k.equals("sign"))
        .skip(Math.floorMod(which, texts.size() - 1)).findFirst().orElseThrow();
    String value = texts.get(key);
    int at = Math.floorMod(which, value.length());
    char changed = replacement == value.charAt(at) ? (char) (replacement ^ 1) : replacement;
    texts.put(key, value.substring(0, at) + changed + value.substring(at + 1));

    assertThat(VERIFIER.verify(CanonicalForm.of(texts), received.text("sign"))).isFalse();
  }

  @Provide
  Arbitrary<String> numberLiterals() {
    return Arbitraries.oneOf(
        Arbitraries.longs().map(n -> Long.toString(n)),
        Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 8))
            .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale).toPlainString()),
        Combinators.combine(Arbitraries.integers().between(-999, 999), Arbitraries.of("e", "E", "e+", "E-"),
                Arbitraries.integers().between(0, 30))
            .as((mantissa, marker, exponent) -> mantissa + ".5" + marker + exponent));
  }

  @Property
  void numbersKeepTheirLiteralTextInTheCanonicalForm(@ForAll("numberLiterals") String literal) throws Exception {
    String json = "{\"amount\":" + literal + ",\"note\":\"a\\u00e9\\\"&=\"}";

    WireMembers received = WireMembers.parse(json.getBytes(StandardCharsets.UTF_8));

    assertThat(CanonicalForm.of(received.wireTexts())).isEqualTo("amount=" + literal + "&note=aé\"&=");
  }
}
