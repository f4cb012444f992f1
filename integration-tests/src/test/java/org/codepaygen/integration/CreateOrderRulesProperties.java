package org.codepaygen.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.codepaygen.api.ImmutableOrderQuery;
import org.codepaygen.api.PayScenario;
import org.codepaygen.api.TransType;
import org.codepaygen.api.cloud.ImmutableCreateOrder;
import org.codepaygen.runtime.error.ValidationException;
import org.codepaygen.runtime.json.WireMembers;
import org.codepaygen.runtime.protocol.Envelope;
import org.codepaygen.runtime.protocol.RequestEncoder;
import org.codepaygen.runtime.signing.CanonicalForm;
import org.codepaygen.runtime.signing.RequestSigner;
import org.codepaygen.runtime.signing.SignatureVerifier;

/**
 * The generated {@code ImmutableCreateOrder} and {@code ImmutableOrderQuery} builders fed strings with emoji, lone
 * surrogates, control characters, non-ASCII BMP characters and lengths around each {@code @MaxLength}: each is
 * accepted or refused exactly as the rules say, with the expectation computed here independently of the runtime
 * (BMP-only by code points, then the length in characters, then the pattern by character classes). Twelve
 * properties, 1,000 tries each by default; {@code -Djqwik.tries.default=N} raises it.
 */
class CreateOrderRulesProperties {
  private static final String ORDER_NO_CHARS =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-|*@";

  /** One piece of text: most are one UTF-16 unit, an emoji is two. */
  private static Arbitrary<String> unit(String friendly) {
    return Arbitraries.frequencyOf(List.of(
        Tuple(6, Arbitraries.of(friendly.chars().mapToObj(c -> String.valueOf((char) c)).toList())),
        Tuple(1, Arbitraries.of("\uD83D\uDE00", "\uD83E\uDD50", "\uD800\uDC00", "\uDBFF\uDFFF")),
        Tuple(1, Arbitraries.of("\uD83D", "\uDE00", "\uDBFF", "\uDC00")),
        Tuple(1, Arbitraries.chars().range('\u0000', '\u001F').map(String::valueOf)),
        Tuple(1, Arbitraries.of("\u007F", "\u0085", "\u2028", "\u200B", "\uFEFF", "\uFFFF", "\uFFFD")),
        Tuple(1, Arbitraries.of("é", "中", "ß", "İ", "ı", "\u0301", "€", "ｱ", " ", "\"", "\\", "&", "=", "<")),
        Tuple(1, Arbitraries.chars().range('\u0000', '\uFFFF').map(String::valueOf))));
  }

  private static net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<String>> Tuple(int weight, Arbitrary<String> a) {
    return net.jqwik.api.Tuple.of(weight, a);
  }

  /** Texts whose length in UTF-16 units is mostly at, just under or just over {@code limit}. */
  static Arbitrary<String> text(int limit, String friendly) {
    Arbitrary<Integer> length = Arbitraries.frequencyOf(List.of(
        Tuple2(3, Arbitraries.of(limit - 1, limit, limit + 1)),
        Tuple2(1, Arbitraries.of(0, 1, 2, limit + 2, 2 * limit)),
        Tuple2(2, Arbitraries.integers().between(0, 2 * limit + 2))));
    return length.flatMap(n -> unit(friendly).list().ofSize(n)
        .map(units -> {
          String joined = String.join("", units);
          return joined.length() > n ? joined.substring(0, n) : joined;
        }));
  }

  private static net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<Integer>> Tuple2(int weight, Arbitrary<Integer> a) {
    return net.jqwik.api.Tuple.of(weight, a);
  }

  // ---- the rules, written again here ----

  static boolean bmpOnly(String text) {
    return text.codePoints().allMatch(cp -> cp <= 0xFFFF && !(cp >= 0xD800 && cp <= 0xDFFF));
  }

  static boolean orderNoPattern(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> ORDER_NO_CHARS.indexOf(c) >= 0);
  }

  static boolean currencyPattern(String text) {
    return text.length() == 3 && text.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /** The rule {@code text} breaks first, in the order BMP_ONLY, MAX_LENGTH, PATTERN, or empty when it passes. */
  static Optional<String> expectedBreak(String text, int maxLength, Predicate<String> pattern) {
    if (!bmpOnly(text)) {
      return Optional.of("BMP_ONLY");
    }
    // BMP only, so characters and UTF-16 units are the same count.
    if (maxLength >= 0 && text.codePointCount(0, text.length()) > maxLength) {
      return Optional.of("MAX_LENGTH");
    }
    if (pattern != null && !pattern.test(text)) {
      return Optional.of("PATTERN");
    }
    return Optional.empty();
  }

  static ImmutableCreateOrder.Builder validOrder() {
    return ImmutableCreateOrder.builder().terminalSn("WPYC002251000042")
        .messageReceivingApplication("CodePay Register").payScenario(PayScenario.SWIPE_CARD)
        .merchantOrderNo("prop-1").priceCurrency("USD").orderAmount(new BigDecimal("34.50"))
        .transType(TransType.SALE);
  }

  /**
   * CreateOrder's required String properties, in declaration order (the first four of {@link #wholeOrder()}): an
   * empty one is never sent, so it counts as missing.
   */
  static final List<String> REQUIRED_TEXT =
      List.of("terminalSn", "messageReceivingApplication", "merchantOrderNo", "priceCurrency");

  private static void checkOne(String property, String value, int maxLength, Predicate<String> pattern,
      BiConsumer<ImmutableCreateOrder.Builder, String> set) {
    ImmutableCreateOrder.Builder builder = validOrder();
    set.accept(builder, value);
    Throwable thrown = catchThrowable(builder::build);
    Optional<String> expected = REQUIRED_TEXT.contains(property) && value.isEmpty()
        ? Optional.of("REQUIRED")
        : expectedBreak(value, maxLength, pattern);
    assertOutcome("CreateOrder", property, expected, thrown);
  }

  private static void assertOutcome(String model, String property, Optional<String> expected, Throwable thrown) {
    if (expected.isEmpty()) {
      assertThat(thrown).as("accepted").isNull();
      return;
    }
    assertThat(thrown).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.rule()).isEqualTo(expected.get());
      assertThat(e.model()).isEqualTo(model);
      assertThat(e.property()).isEqualTo(property);
      assertThat(e.psn()).isNull();
      assertThat(e.isSafeToRetry()).isTrue();
      assertThat(e.getMessage()).startsWith(model + "." + property + " breaks rule " + expected.get());
    });
  }

  @Provide
  Arbitrary<String> id32() {
    return text(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 abcxyz-.");
  }

  @Provide
  Arbitrary<String> orderNo() {
    return text(32, ORDER_NO_CHARS);
  }

  @Provide
  Arbitrary<String> currency() {
    return text(3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  }

  @Provide
  Arbitrary<String> text128() {
    return text(128, "abcdefghijklmnopqrstuvwxyz ABC.,;:!?0123456789");
  }

  @Provide
  Arbitrary<String> url256() {
    return text(256, "abcdefghijklmnopqrstuvwxyz0123456789:/.?=&%-_");
  }

  @Property
  void terminalSn(@ForAll("id32") String value) {
    checkOne("terminalSn", value, 32, null, ImmutableCreateOrder.Builder::terminalSn);
  }

  @Property
  void messageReceivingApplication(@ForAll("id32") String value) {
    checkOne("messageReceivingApplication", value, 32, null,
        ImmutableCreateOrder.Builder::messageReceivingApplication);
  }

  @Property
  void merchantOrderNo(@ForAll("orderNo") String value) {
    checkOne("merchantOrderNo", value, 32, CreateOrderRulesProperties::orderNoPattern,
        ImmutableCreateOrder.Builder::merchantOrderNo);
  }

  @Property
  void priceCurrency(@ForAll("currency") String value) {
    checkOne("priceCurrency", value, -1, CreateOrderRulesProperties::currencyPattern,
        ImmutableCreateOrder.Builder::priceCurrency);
  }

  @Property
  void origMerchantOrderNo(@ForAll("orderNo") String value) {
    checkOne("origMerchantOrderNo", value, 32, null, ImmutableCreateOrder.Builder::origMerchantOrderNo);
  }

  @Property
  void description(@ForAll("text128") String value) {
    checkOne("description", value, 128, null, ImmutableCreateOrder.Builder::description);
  }

  @Property
  void attach(@ForAll("text128") String value) {
    checkOne("attach", value, 128, null, ImmutableCreateOrder.Builder::attach);
  }

  @Property
  void notifyUrl(@ForAll("url256") String value) {
    checkOne("notifyUrl", value, 256, null, ImmutableCreateOrder.Builder::notifyUrl);
  }

  @Property
  void queryByMerchantOrderNo(@ForAll("orderNo") String value) {
    Throwable thrown = catchThrowable(() -> ImmutableOrderQuery.builder().merchantOrderNo(value).build());
    assertOutcome("OrderQuery", "merchantOrderNo", expectedBreak(value, 32, null), thrown);
  }

  @Property
  void queryByTransNo(@ForAll("id32") String value) {
    Throwable thrown = catchThrowable(() -> ImmutableOrderQuery.builder().transNo(value).build());
    assertOutcome("OrderQuery", "transNo", expectedBreak(value, 32, null), thrown);
  }

  /** Every string property random at once: the first broken one, in declaration order, is reported. */
  @Provide
  Arbitrary<List<String>> wholeOrder() {
    return Combinators.combine(id32(), id32(), orderNo(), currency(), orderNo(), text128(), text128(), url256())
        .as(List::of);
  }

  @Property
  void firstBrokenPropertyIsReported(@ForAll("wholeOrder") List<String> v) {
    Map<String, Optional<String>> expected = new LinkedHashMap<>();
    expected.put("terminalSn", expectedBreak(v.get(0), 32, null));
    expected.put("messageReceivingApplication", expectedBreak(v.get(1), 32, null));
    expected.put("merchantOrderNo", expectedBreak(v.get(2), 32, CreateOrderRulesProperties::orderNoPattern));
    expected.put("priceCurrency", expectedBreak(v.get(3), -1, CreateOrderRulesProperties::currencyPattern));
    expected.put("origMerchantOrderNo", expectedBreak(v.get(4), 32, null));
    expected.put("description", expectedBreak(v.get(5), 128, null));
    expected.put("attach", expectedBreak(v.get(6), 128, null));
    expected.put("notifyUrl", expectedBreak(v.get(7), 256, null));

    Throwable thrown = catchThrowable(() -> ImmutableCreateOrder.builder().terminalSn(v.get(0))
        .messageReceivingApplication(v.get(1)).payScenario(PayScenario.SWIPE_CARD).merchantOrderNo(v.get(2))
        .priceCurrency(v.get(3)).orderAmount(BigDecimal.ONE).transType(TransType.SALE)
        .origMerchantOrderNo(v.get(4)).description(v.get(5)).attach(v.get(6)).notifyUrl(v.get(7)).build());

    // build() looks for missing properties first, and names all of them at once.
    List<String> missing = IntStream.range(0, REQUIRED_TEXT.size())
        .filter(i -> v.get(i).isEmpty()).mapToObj(REQUIRED_TEXT::get).toList();
    if (!missing.isEmpty()) {
      assertOutcome("CreateOrder", String.join(", ", missing), Optional.of("REQUIRED"), thrown);
      return;
    }
    Optional<Map.Entry<String, Optional<String>>> first =
        expected.entrySet().stream().filter(e -> e.getValue().isPresent()).findFirst();
    if (first.isEmpty()) {
      assertThat(thrown).isNull();
    } else {
      assertOutcome("CreateOrder", first.get().getKey(), first.get().getValue(), thrown);
    }
  }

  private static final KeyPair MERCHANT = new KeyPair(SignedAnswers.merchantPublicKey(),
      SignedAnswers.merchantPrivateKey());
  private static final RequestEncoder ENCODER = new RequestEncoder(
      new Envelope("wz6012822ca2f1as78", "302300000926", null, Clock.systemUTC()),
      new RequestSigner(MERCHANT.getPrivate()));
  private static final SignatureVerifier VERIFIER = new SignatureVerifier(MERCHANT.getPublic());

  /** Whatever a builder accepts is sent exactly as given (or left out when empty) and signed verifiably. */
  @Property
  void acceptedTextIsSentAsIsAndSignedVerifiably(@ForAll("text128") String description) throws Exception {
    ImmutableCreateOrder order;
    try {
      order = validOrder().description(description).attach(description).build();
    } catch (ValidationException e) {
      assertThat(expectedBreak(description, 128, null)).isPresent();
      return;
    }
    WireMembers sent = WireMembers.parse(ENCODER.encode("wisehub.cloud.pay.order", order));
    Map<String, String> texts = sent.wireTexts();
    if (description.isEmpty()) {
      assertThat(texts).doesNotContainKeys("description", "attach");
    } else {
      assertThat(texts).containsEntry("description", description).containsEntry("attach", description);
    }
    assertThat(VERIFIER.verify(CanonicalForm.of(texts), sent.text("sign"))).isTrue();
    assertThat(new String(description.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .isEqualTo(description);
  }

}
