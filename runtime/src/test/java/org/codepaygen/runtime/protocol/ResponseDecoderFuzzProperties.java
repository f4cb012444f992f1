package org.codepaygen.runtime.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import org.codepaygen.runtime.TestGateway;
import org.codepaygen.runtime.error.CodePayException;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.signing.SignatureVerifier;

/** Whatever bytes arrive, the decoder answers with a result or one of the project's own exceptions. */
class ResponseDecoderFuzzProperties {
  private static final ResponseDecoder DECODER =
      new ResponseDecoder(new SignatureVerifier(TestGateway.keys().getPublic()), 64 * 1024, (e, s, c, p, r) -> {});
  private static final JavaType DATA = CodePayJson.mapper().constructType(JsonNode.class);
  private static final byte[] VALID = TestGateway.success("11250829153012345678",
      Map.of("trans_no", "T1", "order_amount", new java.math.BigDecimal("34.50"), "trans_status", 2))
      .getBytes(StandardCharsets.UTF_8);

  @Provide
  Arbitrary<byte[]> randomBytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
  }

  @Property
  void randomBytesGiveOnlyCodePayExceptions(@ForAll("randomBytes") byte[] body) {
    assertOnlyOwnExceptions(body);
  }

  @Property
  void mutatedSignedAnswersGiveOnlyCodePayExceptions(
      @ForAll @IntRange(min = 0, max = 10_000) int position, @ForAll byte value, @ForAll boolean truncate) {
    int at = position % VALID.length;
    byte[] body = truncate ? java.util.Arrays.copyOf(VALID, at) : VALID.clone();
    if (!truncate) {
      body[at] = value;
    }
    assertOnlyOwnExceptions(body);
  }

  @Property
  void jsonShapedGarbageGivesOnlyCodePayExceptions(@ForAll("jsonShaped") String body) {
    assertOnlyOwnExceptions(body.getBytes(StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<String> jsonShaped() {
    Arbitrary<String> token = Arbitraries.of("{", "}", "[", "]", ":", ",", "\"code\"", "\"0\"", "\"sign\"", "\"data\"",
        "null", "true", "1e999", "-", "\"\\u", "\"psn\"", "\"x\"", "{\"a\":1}", "\"\\\"\"");
    return token.list().ofMaxSize(25).map(tokens -> String.join("", tokens));
  }

  private static void assertOnlyOwnExceptions(byte[] body) {
    Throwable thrown = catchThrowable(() ->
        DECODER.decode("order.query", "26120413370512345678", 200, ResponseBody.create(MediaType.get("application/json"), body), DATA));
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(CodePayException.class);
    }
  }
}
