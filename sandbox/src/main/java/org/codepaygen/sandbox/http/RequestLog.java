package org.codepaygen.sandbox.http;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.List;
import org.codepaygen.runtime.json.WireMembers;

/**
 * The newest requests the sandbox answered, each with the {@code Http-Request-Psn} its client sent (protocol §10),
 * so that a test can match the ids a client reports with what the gateway saw. Each answer is also logged at
 * {@code DEBUG}. Keeps the newest {@code maxKept}; thread-safe.
 */
public final class RequestLog {
  private static final System.Logger LOG = System.getLogger(RequestLog.class.getName());

  /**
   * One answered request.
   *
   * @param requestId the request's {@code Http-Request-Psn}, or {@code null} when it had none
   * @param path the path asked for, such as {@code /api/entry}
   * @param code the answer's {@code code}, or {@code null} for an answer that is not a JSON envelope
   * @param psn the answer's {@code psn}, or {@code null}
   */
  public record Entry(String requestId, String path, int httpStatus, String code, String psn) {}

  private final int maxKept;
  private final ArrayDeque<Entry> entries = new ArrayDeque<>();

  public RequestLog(int maxKept) {
    this.maxKept = maxKept;
  }

  /** The kept entries, oldest first. */
  public List<Entry> entries() {
    synchronized (entries) {
      return List.copyOf(entries);
    }
  }

  void record(String requestId, String path, Reply reply) {
    String code = null;
    String psn = null;
    try {
      WireMembers answer = WireMembers.parse(reply.body());
      code = answer.text("code");
      psn = answer.text("psn");
    } catch (IOException | RuntimeException notAnEnvelope) {
      // Kept without code and psn.
    }
    Entry entry = new Entry(requestId, path, reply.status(), code, psn);
    LOG.log(Level.DEBUG, "{0} Http-Request-Psn {1}: HTTP {2}, code {3}, psn {4}", path, requestId,
        reply.status(), code, psn);
    synchronized (entries) {
      entries.addLast(entry);
      while (entries.size() > maxKept) {
        entries.removeFirst();
      }
    }
  }
}
