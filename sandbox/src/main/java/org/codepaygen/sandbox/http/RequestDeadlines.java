package org.codepaygen.sandbox.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.ssl.SslConnection;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes connections whose TLS handshake or request headers take longer than the request timeout. The idle timeout
 * cannot: a client that sends one byte now and then is never idle. A connection is timed from its opening until
 * its handshake completes, and from the first byte of each request until the request reaches the {@link Router},
 * which then times the body itself ({@link #bodyDeadlineNanos}). Checked by one periodic task, not a timer per
 * connection.
 */
final class RequestDeadlines implements Connection.Listener {
  /** "No TLS session yet": what {@code SSLEngine.getSession()} answers until the handshake completes. */
  private static final String NO_SESSION = "NONE";

  private final long timeoutNanos;
  private final RefusalLog refusals;
  private final Map<Connection, Clock> clocks = new ConcurrentHashMap<>();
  private volatile Scheduler.Task next;

  RequestDeadlines(Duration timeout, RefusalLog refusals) {
    this.timeoutNanos = timeout.toNanos();
    this.refusals = refusals;
  }

  /** Starts checking every quarter of the timeout (at most every second) on {@code scheduler}. */
  void start(Scheduler scheduler) {
    long period = Math.min(TimeUnit.NANOSECONDS.toMillis(timeoutNanos) / 4, 1_000);
    Runnable check = new Runnable() {
      @Override
      public void run() {
        closeOverdue();
        next = scheduler.schedule(this, Math.max(period, 10), TimeUnit.MILLISECONDS);
      }
    };
    next = scheduler.schedule(check, Math.max(period, 10), TimeUnit.MILLISECONDS);
  }

  void stop() {
    Scheduler.Task task = next;
    if (task != null) {
      task.cancel();
    }
  }

  @Override
  public void onOpened(Connection connection) {
    // The HTTP connection (a ConnectionMetaData) and, below it, the TLS connection each get a clock.
    if (connection instanceof ConnectionMetaData || connection instanceof SslConnection) {
      clocks.put(connection, new Clock(connection, System.nanoTime()));
    }
  }

  @Override
  public void onClosed(Connection connection) {
    clocks.remove(connection);
  }

  /** The request's headers have arrived: its body is timed by the router from now on, against this deadline. */
  long bodyDeadlineNanos(Connection connection) {
    Clock clock = clocks.get(connection);
    long now = System.nanoTime();
    return (clock == null ? now : clock.handling(now)) + timeoutNanos;
  }

  /** The answer has been sent: the next request is timed from its first byte. */
  void answered(Connection connection) {
    Clock clock = clocks.get(connection);
    if (clock != null) {
      clock.idle();
    }
  }

  private void closeOverdue() {
    long now = System.nanoTime();
    for (Clock clock : clocks.values()) {
      RefusalLog.Reason overdue = clock.overdue(now, timeoutNanos);
      if (overdue != null) {
        refusals.refused(overdue, clock.connection.getEndPoint().getRemoteSocketAddress());
        clock.connection.close();
      }
    }
  }

  /** One connection's timing; an SslConnection's ends with its handshake, an HTTP connection's repeats. */
  private static final class Clock {
    private final Connection connection;
    private long busySince;
    private long idleBytes;
    private boolean handling;

    Clock(Connection connection, long openedAt) {
      this.connection = connection;
      // A TLS connection is busy from its opening, with its handshake; an HTTP one from its first byte.
      this.busySince = connection instanceof SslConnection ? openedAt : -1;
    }

    synchronized long handling(long now) {
      handling = true;
      return busySince < 0 ? now : busySince;
    }

    synchronized void idle() {
      handling = false;
      busySince = -1;
      idleBytes = connection.getBytesIn();
    }

    /** Why the connection is overdue at {@code now}, or {@code null} while it is within its limit. */
    synchronized RefusalLog.Reason overdue(long now, long timeoutNanos) {
      if (connection instanceof SslConnection tls) {
        if (busySince >= 0 && !tls.getSSLEngine().getSession().getProtocol().equals(NO_SESSION)) {
          busySince = -1;
        }
        return busySince >= 0 && now - busySince > timeoutNanos ? RefusalLog.Reason.HANDSHAKE_TIMEOUT : null;
      }
      if (handling) {
        return null;
      }
      if (busySince < 0) {
        if (connection.getBytesIn() > idleBytes) {
          busySince = now;
        }
        return null;
      }
      return now - busySince > timeoutNanos ? RefusalLog.Reason.HEADERS_TIMEOUT : null;
    }
  }
}
