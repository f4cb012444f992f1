package org.codepaygen.api.online;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import java.util.TreeMap;
import org.codepaygen.runtime.json.CodePayJson;

/**
 * The {@code ext_params} text: extra parameters agreed with CodePay, sent as a JSON-encoded string of a flat object
 * (protocol §8), like the official SDK does.
 */
public final class ExtParams {
  private ExtParams() {}

  /** The compact JSON object of {@code params}, members sorted by name so the same map always gives the same text. */
  public static String toJson(Map<String, String> params) {
    try {
      return CodePayJson.mapper().writeValueAsString(new TreeMap<>(params));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A map of strings could not be written as JSON", e);
    }
  }
}
