package org.codepaygen.sandbox.http;

import java.lang.System.Logger.Level;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Tells the user what the server refused and why, without a line per request: the first refusal of each kind is
 * logged at once, later ones as a count at most every {@value #SUMMARY_SECONDS} seconds. A client that misbehaves
 * (hundreds of stalled connections, a trickled request) shows up as a few lines, not a flood.
 */
final class RefusalLog {
  private static final System.Logger LOG = System.getLogger(RefusalLog.class.getName());
  private static final long SUMMARY_SECONDS = 10;

  /** Why a request or connection was refused; the text completes "refused ...". */
  enum Reason {
    HANDSHAKE_TIMEOUT("connections whose TLS handshake did not complete within the request timeout"),
    HEADERS_TIMEOUT("connections whose request headers did not arrive within the request timeout"),
    BODY_TIMEOUT("requests whose body did not arrive within the request timeout (408)"),
    HEADERS_TOO_LARGE("requests whose headers exceeded the size limit (431)"),
    BODY_TOO_LARGE("requests whose body exceeded the size limit (413)"),
    MALFORMED("requests the HTTP parser rejected (400)");

    private final String description;

    Reason(String description) {
      this.description = description;
    }
  }

  private final Map<Reason, Tally> tallies = new EnumMap<>(Reason.class);

  RefusalLog() {
    for (Reason reason : Reason.values()) {
      tallies.put(reason, new Tally());
    }
  }

  /** @param client the client's address, which is all a log line says about the request */
  void refused(Reason reason, Object client) {
    Tally tally = tallies.get(reason);
    long count;
    synchronized (tally) {
      tally.count++;
      long now = System.nanoTime();
      if (tally.loggedAt != 0 && now - tally.loggedAt < TimeUnit.SECONDS.toNanos(SUMMARY_SECONDS)) {
        return;
      }
      tally.loggedAt = now;
      count = tally.count;
      tally.count = 0;
    }
    LOG.log(Level.WARNING, "Refused {0} {1} (the last from {2})", count, reason.description, client);
  }

  private static final class Tally {
    long count;
    long loggedAt;
  }
}
