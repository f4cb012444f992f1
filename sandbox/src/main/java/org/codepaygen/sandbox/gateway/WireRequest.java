package org.codepaygen.sandbox.gateway;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The top-level members of one request, whatever its encoding (JSON, form or multipart text parts), as the texts
 * that were on the wire: these are what the signature covers, so every check reads them and nothing else.
 */
public final class WireRequest {
  private final Map<String, String> texts;
  private final Set<String> structured;
  private final Headers headers;

  /** The request headers the gateway reads besides the body. */
  public record Headers(String requestId, String authorization) {
    /** A request that carried neither header. */
    public static final Headers NONE = new Headers(null, null);
  }

  /**
   * @param texts each member's wire text, {@code null} for a JSON null
   * @param structured the names whose value was a JSON object or array rather than a string, number or boolean
   */
  public WireRequest(Map<String, String> texts, Set<String> structured) {
    this(texts, structured, Headers.NONE);
  }

  /** As {@link #WireRequest(Map, Set)}, with the headers the request came with. */
  public WireRequest(Map<String, String> texts, Set<String> structured, Headers headers) {
    this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    this.structured = Set.copyOf(structured);
    this.headers = headers;
  }

  /** The request's {@code Http-Request-Psn} header, or {@code null}. */
  public String requestId() {
    return headers.requestId();
  }

  /** The request's {@code Authorization} header, or {@code null}. */
  public String authorization() {
    return headers.authorization();
  }

  /** Every member's wire text, for the canonical string. */
  public Map<String, String> texts() {
    return texts;
  }

  /** The member's text, or {@code null} when it is absent, JSON null or the empty string (all mean "not sent"). */
  public String value(String name) {
    String text = texts.get(name);
    return text == null || text.isEmpty() ? null : text;
  }

  public boolean isStructured(String name) {
    return structured.contains(name);
  }
}
