package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codepaygen.fixtures.Fixtures;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.json.WireMembers;
import org.codepaygen.runtime.signing.CanonicalForm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox speaks the same RSA2 as openssl: it takes openssl's signatures, and openssl verifies its own. */
class OpensslInteropTest {
  private static CodePaySandbox sandbox;
  private static SandboxClient client;

  @TempDir
  Path work;

  @BeforeAll
  static void start() {
    assumeTrue(Openssl.available(), "openssl is not on the PATH; skipping the openssl interop checks");
    sandbox = CodePaySandbox.builder().merchantPublicKey(TestKeys.merchantPublicKey()).start();
    client = new SandboxClient(sandbox, Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private int openssl(List<String> arguments) throws Exception {
    return Openssl.run(arguments, work.resolve("openssl.log"));
  }

  @Test
  void acceptsARequestSignedByOpenssl() throws Exception {
    ObjectNode body = client.envelope("order.query");
    body.put("merchant_order_no", "signed-by-openssl");
    Map<String, String> texts = new LinkedHashMap<>();
    body.properties().forEach(member -> texts.put(member.getKey(), CodePayJson.wireText(member.getValue())));
    Path canonical = Files.writeString(work.resolve("canonical.txt"), CanonicalForm.of(texts));
    Path signature = work.resolve("request.sig");

    assertThat(openssl(List.of("openssl", "dgst", "-sha256", "-sign",
        Fixtures.path(Fixtures.MERCHANT_PRIVATE_PKCS1).toString(), "-out", signature.toString(),
        canonical.toString()))).isZero();
    body.put("sign", Base64.getEncoder().encodeToString(Files.readAllBytes(signature)));
    SandboxClient.Answer answer =
        client.post("api/entry", "application/json", SandboxClient.json(body), Map.of());

    assertThat(answer.code()).as("past the signature check: the order is simply unknown").isEqualTo("E09002");
  }

  @Test
  void signsAnswersThatOpensslVerifies() throws Exception {
    SandboxClient.Answer answer = client.call("order.query", Map.of("merchant_order_no", "verified-by-openssl"));
    WireMembers members = WireMembers.parse(answer.raw().getBytes(StandardCharsets.UTF_8));
    Path canonical = Files.writeString(work.resolve("answer.txt"), CanonicalForm.of(members.wireTexts()));
    Path signature = Files.write(work.resolve("answer.sig"), Base64.getDecoder().decode(members.text("sign")));
    Path publicKey = Files.writeString(work.resolve("gateway-public.pem"), sandbox.gatewayPublicKeyPem());

    int verified = openssl(List.of("openssl", "dgst", "-sha256", "-verify", publicKey.toString(),
        "-signature", signature.toString(), canonical.toString()));

    assertThat(verified).isZero();
  }
}
