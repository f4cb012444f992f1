package org.codepaygen.runtime.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * A {@link NotificationStore} in a SQL table, so that several servers behind one {@code notify_url} agree: a claim is
 * one {@code INSERT} under the table's primary key, and the database lets exactly one of several simultaneous
 * claims succeed. Create the table once with {@link #CREATE_TABLE} (standard SQL; adapt the types to your database
 * if needed). Connections must be in auto-commit mode, JDBC's default.
 *
 * <p>A claim whose server died before completing or releasing it is taken over once it is older than the lease
 * (default one minute, far beyond the gateway's five-second answer budget).
 */
public final class JdbcNotificationStore implements NotificationStore {
  /** The table this store uses. */
  public static final String CREATE_TABLE = """
      CREATE TABLE codepay_notification (
        delivery_key VARCHAR(100) NOT NULL PRIMARY KEY,
        processed    BOOLEAN      NOT NULL,
        claimed_at   BIGINT       NOT NULL
      )""";
  private static final Duration DEFAULT_LEASE = Duration.ofMinutes(1);
  /** SQLSTATE class 23: integrity constraint violation, here the primary key. */
  private static final String CONSTRAINT_VIOLATION = "23";

  private final DataSource dataSource;
  private final Duration lease;
  private final Clock clock;

  /** Uses {@code codepay_notification} through {@code dataSource}, with a lease of one minute. */
  public JdbcNotificationStore(DataSource dataSource) {
    this(dataSource, DEFAULT_LEASE, Clock.systemUTC());
  }

  /** As {@link #JdbcNotificationStore(DataSource)}, with the given lease and clock. */
  public JdbcNotificationStore(DataSource dataSource, Duration lease, Clock clock) {
    this.dataSource = dataSource;
    this.lease = lease;
    this.clock = clock;
  }

  @Override
  public Claim claim(String deliveryKey) {
    long now = clock.millis();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO codepay_notification (delivery_key, processed, claimed_at) VALUES (?, FALSE, ?)")) {
        insert.setString(1, deliveryKey);
        insert.setLong(2, now);
        insert.executeUpdate();
        return Claim.CLAIMED;
      } catch (SQLException e) {
        if (e.getSQLState() == null || !e.getSQLState().startsWith(CONSTRAINT_VIOLATION)) {
          throw e;
        }
      }
      return existing(connection, deliveryKey, now);
    } catch (SQLException e) {
      throw failed("claim", e);
    }
  }

  /** The key is already in the table: processed, being processed, or claimed by a server that died. */
  private Claim existing(Connection connection, String deliveryKey, long now) throws SQLException {
    long claimedAt;
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT processed, claimed_at FROM codepay_notification WHERE delivery_key = ?")) {
      select.setString(1, deliveryKey);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          // Released between our insert and this select: let the gateway's next try claim it.
          return Claim.IN_PROGRESS;
        }
        if (row.getBoolean(1)) {
          return Claim.ALREADY_PROCESSED;
        }
        claimedAt = row.getLong(2);
      }
    }
    if (now - claimedAt < lease.toMillis()) {
      return Claim.IN_PROGRESS;
    }
    // Only one server can move claimed_at from the value it read.
    try (PreparedStatement takeOver = connection.prepareStatement("UPDATE codepay_notification SET claimed_at = ? "
        + "WHERE delivery_key = ? AND processed = FALSE AND claimed_at = ?")) {
      takeOver.setLong(1, now);
      takeOver.setString(2, deliveryKey);
      takeOver.setLong(3, claimedAt);
      return takeOver.executeUpdate() == 1 ? Claim.CLAIMED : Claim.IN_PROGRESS;
    }
  }

  @Override
  public void complete(String deliveryKey) {
    update("UPDATE codepay_notification SET processed = TRUE WHERE delivery_key = ?", deliveryKey, "complete");
  }

  @Override
  public void release(String deliveryKey) {
    update("DELETE FROM codepay_notification WHERE delivery_key = ? AND processed = FALSE", deliveryKey, "release");
  }

  private void update(String sql, String deliveryKey, String action) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, deliveryKey);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw failed(action, e);
    }
  }

  private static IllegalStateException failed(String action, SQLException e) {
    return new IllegalStateException("The notification store could not " + action + " a delivery key", e);
  }

  @Override
  public String toString() {
    return "JdbcNotificationStore[codepay_notification, lease " + lease + "]";
  }
}
