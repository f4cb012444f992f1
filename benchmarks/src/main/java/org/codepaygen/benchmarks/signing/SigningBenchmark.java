package org.codepaygen.benchmarks.signing;

import java.util.concurrent.TimeUnit;
import org.codepaygen.benchmarks.loopback.BenchmarkKeys;
import org.codepaygen.runtime.signing.RequestSigner;
import org.codepaygen.runtime.signing.RsaEngine;
import org.codepaygen.runtime.signing.SignatureVerifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The runtime's RSA-2048 signer and verifier on one thread, in operations per second, over the canonical string of
 * a typical {@code wisehub.cloud.pay.order} request (the text hashed is small next to the RSA operation, as in
 * {@code openssl speed}, which signs a bare digest). On {@link RsaEngine#preferred()}, Corretto on this module's
 * class path, as the sandbox of figure 5 uses.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SigningBenchmark {
  static final String CANONICAL = "app_id=wz6012822ca2f1as78&charset=UTF-8&format=JSON&merchant_no=302300000926"
      + "&merchant_order_no=readme-1&message_receiving_application=CodePay Register&method=wisehub.cloud.pay.order"
      + "&order_amount=34.50&pay_scenario=SWIPE_CARD&price_currency=USD&sign_type=RSA2"
      + "&terminal_sn=WPYC002251000042&timestamp=1764113441000&trans_type=1&version=1.0";

  private RequestSigner signer;
  private SignatureVerifier verifier;
  private String signature;

  @Setup
  public void keys() {
    BenchmarkKeys keys = BenchmarkKeys.generate();
    signer = new RequestSigner(keys.merchant().getPrivate(), RsaEngine.preferred());
    verifier = new SignatureVerifier(keys.merchant().getPublic(), RsaEngine.preferred());
    signature = signer.sign(CANONICAL);
  }

  @Benchmark
  public String sign() {
    return signer.sign(CANONICAL);
  }

  @Benchmark
  public boolean verify() {
    return verifier.verify(CANONICAL, signature);
  }
}
