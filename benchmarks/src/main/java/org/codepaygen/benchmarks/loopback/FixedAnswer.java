package org.codepaygen.benchmarks.loopback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.security.PrivateKey;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.signing.RsaEngine;
import org.codepaygen.sandbox.gateway.GatewaySigner;

/**
 * The one answer the loopback server gives: a successful {@code order.query} of a paid sale, shaped like the
 * sandbox's (data as a JSON-encoded string, amounts as numbers, codes as digits), signed once with the gateway key,
 * through the JCA, so that in a fork with {@code DigestOnlySignatures} installed the "signature" is its digest too.
 */
public final class FixedAnswer {
  public static final String MERCHANT_ORDER_NO = "bench-order-1";
  public static final String APP_ID = "wz6012822ca2f1as78";
  public static final String MERCHANT_NO = "302300000926";
  public static final String TRANS_NO = "26112523304100000000";

  private FixedAnswer() {}

  public static byte[] orderQuery(PrivateKey gatewayKey) {
    ObjectNode data = CodePayJson.mapper().createObjectNode();
    data.put("trans_no", TRANS_NO);
    data.put("trans_type", 1);
    data.put("trans_status", 2);
    data.put("merchant_no", MERCHANT_NO);
    data.put("merchant_order_no", MERCHANT_ORDER_NO);
    data.put("price_currency", "USD");
    data.put("order_amount", new BigDecimal("34.50"));
    data.put("tip_amount", new BigDecimal("0.00"));
    data.put("trans_amount", new BigDecimal("34.50"));
    data.put("terminal_sn", "WPYC002251000042");
    data.put("pay_scenario", "SWIPE_CARD");
    data.put("pay_method_id", "VISA");
    data.put("create_time", "2026-11-25 23:30:41");
    data.put("trans_end_time", "2026-11-25 23:30:43");
    ObjectNode answer = CodePayJson.mapper().createObjectNode();
    answer.put("code", "0");
    answer.put("msg", "success");
    answer.put("psn", "26112523304100000001");
    try {
      answer.put("data", CodePayJson.mapper().writeValueAsString(data));
      return CodePayJson.mapper().writeValueAsBytes(new GatewaySigner(gatewayKey, RsaEngine.jca()).sign(answer));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree could not be written", e);
    }
  }
}
